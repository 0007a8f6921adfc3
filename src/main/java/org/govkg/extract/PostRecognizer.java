package org.govkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The posts people hold, read from the titles in front of their names: 合肥市投资促进局副局长梁晨 (the body
 * named right before the title), 县委副书记、县长韩雪梅 (a chain of posts; 县长 names the head of 县政府),
 * 大沥镇党委书记陈伟健 (a township's committee). A title with no body in the text or implied by it
 * (主任 alone) gives no post.
 */
final class PostRecognizer {
    /** Words after a township's name that name its bodies (镇党委, 街道党工委, 镇政府): lexicon/org-words.tsv township-body. */
    private final List<String> townshipBodies;

    private final OrgRecognizer orgs;
    private final List<String[]> titles;

    PostRecognizer(OrgRecognizer orgs, Lexicons lex) {
        this.orgs = orgs;
        this.townshipBodies = lex.orgWords.words("township-body");
        List<String[]> rows = new ArrayList<>();
        for (String[] r : Tsv.load("/org/govkg/lexicon/posts.tsv", 1)) rows.add(new String[]{r[0], r.length > 1 ? r[1] : ""});
        rows.sort(Comparator.comparingInt((String[] r) -> -r[0].length()));
        this.titles = rows;
    }

    List<Relation> recognize(String text, List<Mention> mentions) {
        List<Relation> out = new ArrayList<>();
        for (Mention person : mentions) {
            if (person.type() != EntityType.PERSON) continue;
            int pos = person.start();
            while (pos > 0 && text.charAt(pos - 1) == ' ') pos--;
            for (int guard = 0; guard < 4; guard++) {
                String[] title = titleEndingAt(text, pos);
                if (title == null) break;
                int titleStart = pos - title[0].length();
                Mention org = null;
                int start = titleStart;
                for (Mention m : mentions) {
                    if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.ENTERPRISE) && m.end() == titleStart
                            && (org == null || m.start() < org.start())) org = m;
                }
                if (org != null) start = org.start();
                if (org == null) {
                    TownshipBody township = townshipBody(text, mentions, titleStart);
                    if (township != null) { org = township.body(); start = township.from(); }
                }
                if (org == null && !title[1].isEmpty()) org = orgs.implied(title[1], titleStart);
                if (org != null) out.add(new Relation("post", person, org, title[0], null, start, person.end(), org.confidence() >= 0.8 ? 0.85 : 0.75));
                // 县委副书记、县长韩雪梅: the post before the 、 is hers too
                if (start < 1 || text.charAt(start - 1) != '、') break;
                pos = start - 1;
            }
        }
        return out;
    }

    private String[] titleEndingAt(String text, int pos) {
        for (String[] t : titles) if (pos >= t[0].length() && text.startsWith(t[0], pos - t[0].length())) return t;
        return null;
    }

    /** A township's body implied before a title, and where the township's name starts (the post's evidence starts there). */
    private record TownshipBody(Mention body, int from) {}

    /** 大沥镇党委 + 书记: a township's body, named by the township's mention and a body word just before the title. */
    private TownshipBody townshipBody(String text, List<Mention> mentions, int titleStart) {
        for (Mention d : mentions) {
            if (d.type() != EntityType.DIVISION || d.divisionCode() == null || d.divisionLevel() != DivisionLevel.TOWNSHIP) continue;
            if (d.end() > titleStart) continue;
            String between = text.substring(d.end(), titleStart);
            if (!townshipBodies.contains(between)) continue;
            String name = d.name() + between;
            return new TownshipBody(new Mention(EntityType.ORGANIZATION, text.substring(d.start(), titleStart), name, titleStart, titleStart, 0.8,
                    new MentionFacts.Body(null, null, d.divisionCode(), null, true), false), d.start());
        }
        return null;
    }
}
