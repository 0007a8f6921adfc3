package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles of the documents a relation names (a meeting heard, adopted, someone delivered).
 *
 * <p>Contract: {@code of(raw)} gives, for text holding 《…》, each bracketed title stripped, in order (《甲》、《乙》
 * are two documents); else the text after the last of each word of lexicon/report-title-cuts.tsv, tried in
 * the file's order (…受区委常委会委托作的工作报告 → 工作报告), without a leading particle (了), when at least two
 * characters are left; else nothing.
 */
final class ReportTitles {
    private static final Pattern BRACKETED = Pattern.compile("《([^》]+)》");
    private static final List<String> CUTS = Tsv.words("/org/govkg/lexicon/report-title-cuts.tsv");
    private static final String PARTICLE = NamedRules.load("/org/govkg/rules/relation-parts.tsv").get("title-particle");

    private ReportTitles() {}

    static List<String> of(String raw) {
        List<String> out = new ArrayList<>();
        Matcher m = BRACKETED.matcher(raw);
        while (m.find()) out.add(m.group(1).strip());
        if (!out.isEmpty()) return out;
        String t = raw.strip();
        for (String cut : CUTS) {
            int i = t.lastIndexOf(cut);
            if (i >= 0) t = t.substring(i + cut.length());
        }
        if (t.startsWith(PARTICLE)) t = t.substring(PARTICLE.length());
        if (t.length() >= 2) out.add(t);
        return out;
    }
}
