package org.govkg.cli;

import picocli.CommandLine.Option;

/**
 * {@code --area}: the area the inputs are about when their text does not name it (a crawl of one county's site,
 * whose statistics notes say only 全县) — build, extract, eval.
 */
final class AreaOption {
    @Option(names = "--area", paramLabel = "NAME-OR-CODE",
            description = "the division the articles are about when their text names none (朝阳区, 长春市朝阳区 or 220104); "
                    + "a JSON Lines article's \"area\" wins; a name the gazetteer does not hold labels the area as given")
    private String area;

    /** The area named, or null. */
    String name() {
        return area == null || area.isBlank() ? null : area.strip();
    }
}
