package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names the text declares: 安徽锐驰新能源科技有限公司（以下简称“锐驰新能源”）. Every later use of the
 * short name, where it is not part of a longer name, is a mention of the same thing, under the full name.
 */
final class AliasRecognizer {
    /** rules/name-patterns.tsv alias-declared: group 1 is the short name. */
    private final Pattern declared;

    AliasRecognizer(Lexicons lex) {
        this.declared = lex.namePatterns.pattern("alias-declared");
    }

    List<Mention> recognize(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention full : mentions) {
            if (full.type() == EntityType.PERSON || full.type() == EntityType.DIVISION) continue;
            Matcher m = declared.matcher(text.substring(full.end(), Math.min(text.length(), full.end() + 30)));
            if (!m.find()) continue;
            String alias = m.group(1).strip();
            if (alias.equals(full.surface()) || alias.length() >= full.name().length()) continue;
            int declaredAt = full.end() + m.start(1);
            for (int at = text.indexOf(alias, declaredAt); at >= 0; at = text.indexOf(alias, at + alias.length())) {
                int s = at, e = at + alias.length();
                // part of a longer name (锐驰 in 锐驰储能电池项目): that name stands
                if (out.stream().anyMatch(o -> o.start() <= s && e <= o.end() && o.end() - o.start() > e - s)) continue;
                out.removeIf(o -> s <= o.start() && o.end() <= e);
                out.add(new Mention(full.type(), alias, full.name(), s, e, full.confidence(), full.facts(), true));
            }
        }
        // the order of the other mentions stays: who read a name first decides its type
        return out;
    }
}
