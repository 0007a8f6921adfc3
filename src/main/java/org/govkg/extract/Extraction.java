package org.govkg.extract;

import org.govkg.ingest.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything extracted from one document: its mentions, figures and the relations between its things. {@code refDate} is the date periods are resolved
 * against (the article's date, else the meeting's), {@code mainDivision} the code of the division the
 * article is about (null when none is known); {@code unnamedArea}, when there is no main division, the area the
 * article speaks of without naming it (全县, 我区) or that a user named and the gazetteer does not hold, else null.
 */
public record Extraction(Document document, ArticleMeta meta, List<Mention> mentions, List<Figure> figures,
                         List<Relation> relations, LocalDate refDate, String mainDivision, UnnamedArea unnamedArea) {
    public Extraction {
        mentions = List.copyOf(mentions);
        figures = List.copyOf(figures);
        relations = List.copyOf(relations);
    }

    public Extraction(Document document, ArticleMeta meta, List<Mention> mentions, List<Figure> figures,
                      List<Relation> relations, LocalDate refDate, String mainDivision) {
        this(document, meta, mentions, figures, relations, refDate, mainDivision, null);
    }

    /**
     * The article's own area when no division is known: {@code label} as written (全县) or as a user gave it,
     * {@code level} the level the text's word for it stands at (county for 全县), {@code start} where the text
     * first writes it (-1 for a label the user gave).
     */
    public record UnnamedArea(String label, String level, int start) {}
}
