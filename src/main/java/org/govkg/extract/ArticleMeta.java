package org.govkg.extract;

import java.time.LocalDate;
import java.util.List;

/** What the article says about itself: headline, authors, publisher, date (each may be absent: null or empty). */
public record ArticleMeta(String headline, String subtitle, List<Mention> authors, String publisher,
                          int publisherStart, LocalDate date) {
    public ArticleMeta {
        authors = List.copyOf(authors);
    }
}
