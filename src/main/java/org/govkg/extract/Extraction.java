package org.govkg.extract;

import org.govkg.ingest.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything extracted from one document: its mentions, figures and the relations between its things. {@code refDate} is the date periods are resolved
 * against (the article's date, else the meeting's), {@code mainDivision} the code of the division the
 * article is about (null when none is known).
 */
public record Extraction(Document document, ArticleMeta meta, List<Mention> mentions, List<Figure> figures,
                         List<Relation> relations, LocalDate refDate, String mainDivision) {
    public Extraction {
        mentions = List.copyOf(mentions);
        figures = List.copyOf(figures);
        relations = List.copyOf(relations);
    }
}
