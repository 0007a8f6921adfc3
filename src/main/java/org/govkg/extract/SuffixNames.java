package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Zones, places, projects, enterprises and named bodies found by the head their names end with
 * (lexicon/name-suffixes.tsv). Contract: one mention per head that ends a word, with the longest head ending there;
 * its surface runs from where the walk back (NameWalker) and the trimming (NameFront) put its start, keeping a
 * leading district or town, its name leaves that out; a body that names nothing (NameBody) gives no mention.
 */
final class SuffixNames {
    /** The longest name walked back over from its head (a quoted name may be this long too). */
    static final int MAX_NAME = 20;
    /** A project is often named after its investor: 安徽锐驰新能源科技有限公司年产10GWh储能电池项目. */
    private static final int MAX_PROJECT_NAME = 32;
    private final Lexicons lex;
    private final NameWalker walker;
    private final NameFront front;
    private final NameBody body;
    private final String headLocatives;
    private final List<String> vetoingTails, pluralLeads;

    SuffixNames(Lexicons lex, NameWalker walker, NameFront front, NameBody body) {
        this.lex = lex;
        this.walker = walker;
        this.front = front;
        this.body = body;
        this.headLocatives = lex.nameWords.chars("head-locative");
        this.vetoingTails = lex.nameWords.words("head-vetoing-tail");
        this.pluralLeads = lex.nameWords.words("plural-lead");
    }

    List<Mention> find(String text, List<Token> tokens, List<Mention> divisions) {
        List<Mention> out = new ArrayList<>();
        List<Mention> fullNames = divisions.stream().filter(d -> d.division() == null || !d.division().shortForm()).toList();
        List<Trie.Match<String>> heads = lex.suffixTrie.findAll(text);
        Map<Integer, Integer> longest = new HashMap<>();
        for (Trie.Match<String> m : heads) longest.merge(m.end(), m.end() - m.start(), Math::max);
        for (Trie.Match<String> m : heads) {
            String suffix = m.value();
            // the longest head ending here wins (产业园区 over 园区)
            if (suffix.length() < longest.get(m.end())) continue;
            // a head must end where a word ends (各项/目标 holds no 项目) and must not run on into a longer word
            // (产业/园内: the segmenter may glue a locative to the head)
            if (!endsToken(tokens, m.end()) && !(m.end() < text.length() && headLocatives.indexOf(text.charAt(m.end())) >= 0 && endsToken(tokens, m.end() + 1))) continue;
            if (vetoingTails.stream().anyMatch(w -> text.startsWith(w, m.end()))) continue;
            // a one-character head (路, 城, 岛) is a word of its own or ends a proper name (湖南路, 中山路), never the tail of a common word (思路, 道路)
            if (suffix.length() == 1 && !ownTokenOrProperName(tokens, m.start())) continue;
            EntityType type = EntityType.ofClassName(lex.nameSuffixes.get(suffix));
            // a project's name may hold verbs (年产10GWh储能电池项目, 半导体封装材料项目)
            boolean loose = type == EntityType.PROJECT || type == EntityType.MEETING || type == EntityType.ENTERPRISE;
            int walked = walker.walkBack(text, tokens, m.start(), loose, type == EntityType.PROJECT ? MAX_PROJECT_NAME : MAX_NAME,
                    type == EntityType.ENTERPRISE);
            // a name never starts inside a division's name: a walk stopped there (沿/溪镇: a town the segmenter cut at a
            // preposition's character) takes the division in, and the front's trim below then takes it off again
            for (Mention d : divisions) if (d.start() < walked && walked < d.end()) walked = d.start();
            if (type == EntityType.MEETING) walked = front.periodBefore(text, walked);
            int withDivision = front.trimStart(text, walked, m.start(), List.of());
            // a company's registered name includes its region (安徽锐驰新能源科技有限公司): never trim it
            boolean registered = type == EntityType.ENTERPRISE || type == EntityType.ORGANIZATION;
            // only a division named in full is cut from the front (长春市朝阳区旭阳…产业园); a short name stays (桂林胡同…步行街)
            int start = front.trimStart(text, walked, m.start(), registered ? List.of() : fullNames);
            // a company the segmenter reads as one name (合肥东城建设投资集团有限公司) keeps the verbs of its trade
            if (registered && oneToken(tokens, walked, m.end())) start = walked;
            if (start < 0 || withDivision < 0) continue;
            // a walk that took verbs in may not start with one (安排重大项目, 是全面振兴…行动)
            if (loose) {
                start = NameFront.skipLeadingVerbs(tokens, start, m.start());
                withDivision = withDivision < start ? NameFront.skipLeadingVerbs(tokens, withDivision, m.start()) : start;
                if (m.start() - start < 2) continue;
            }
            int lead = front.capacityLead(text, start);
            if (lead > 0) {
                if (withDivision == start) withDivision -= lead;
                start -= lead;
            }
            // 一大批补链项目, 部分企业项目: a class counted in bulk, not a thing named
            String cut = text.substring(Math.min(walked, start), start);
            if (pluralLeads.stream().anyMatch(cut::endsWith)) continue;
            String b = text.substring(start, m.start());
            if (b.length() == 1 ? lex.nameStop.contains(b) || lex.stopVerbs.contains(b) : !body.meaningful(b)) continue;
            if (!NameBody.hasNoun(tokens, start, m.start())) continue;
            // the surface keeps a leading district or town (撮镇镇冷链物流基地项目); the name, what identifies it, does not
            out.add(new Mention(type, text.substring(withDivision, m.end()), text.substring(start, m.end()), withDivision, m.end(),
                    lex.confidence(withDivision < start ? "name.suffix-division" : NameBody.properName(tokens, start, m.start()) ? "name.suffix-proper" : "name.suffix"),
                    MentionFacts.NONE, false));
        }
        return out;
    }

    private static boolean oneToken(List<Token> tokens, int start, int end) {
        int k = NameWalker.tokenAt(tokens, start);
        return k >= 0 && tokens.get(k).start() == start && tokens.get(k).end() >= end;
    }

    private static boolean endsToken(List<Token> tokens, int end) {
        int k = NameWalker.tokenAt(tokens, end - 1);
        return k >= 0 && tokens.get(k).end() == end;
    }

    private static boolean ownTokenOrProperName(List<Token> tokens, int headStart) {
        int k = NameWalker.tokenAt(tokens, headStart);
        if (k < 0) return false;
        Token t = tokens.get(k);
        return t.start() == headStart || t.pos().startsWith("ns") || t.pos().startsWith("nz") || t.pos().startsWith("nt") || t.pos().startsWith("nr");
    }
}
