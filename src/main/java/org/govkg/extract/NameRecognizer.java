package org.govkg.extract;

import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Zones, places, projects, enterprises and named bodies found by the head their names end with
 * (lexicon/name-suffixes.tsv), and the names listed before "等N家企业" / "等热门景点" (lexicon/list-heads.tsv).
 */
final class NameRecognizer {
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(".*[一二两三四五六七八九十][个项家座条].*");

    private static final int MAX_NAME = 20;
    private static final List<String> CAPACITY_LEADS = List.of("年产", "年处理", "年加工", "年吞吐", "日产", "年出栏");
    /** A project is often named after its investor: 安徽锐驰新能源科技有限公司年产10GWh储能电池项目. */
    private static final int MAX_PROJECT_NAME = 32;
    private final Lexicons lex;
    private final NameWalker walker;

    NameRecognizer(Lexicons lex) {
        this.lex = lex;
        this.walker = new NameWalker(lex);
    }

    List<Mention> bySuffix(String text, List<Token> tokens, List<Mention> divisions) {
        List<Mention> out = new ArrayList<>();
        List<Mention> fullNames = divisions.stream().filter(d -> d.attr("form") == null).toList();
        List<Trie.Match<String>> heads = lex.suffixTrie.findAll(text);
        java.util.Map<Integer, Integer> longest = new java.util.HashMap<>();
        for (Trie.Match<String> m : heads) longest.merge(m.end(), m.end() - m.start(), Math::max);
        for (Trie.Match<String> m : heads) {
            String suffix = m.value();
            // the longest head ending here wins (产业园区 over 园区)
            if (suffix.length() < longest.get(m.end())) continue;
            // a head must end where a word ends (各项/目标 holds no 项目) and must not run on into a longer word
            // (产业/园内: the segmenter may glue a locative to the head)
            if (!endsToken(tokens, m.end()) && !(m.end() < text.length() && "内里中外".indexOf(text.charAt(m.end())) >= 0 && endsToken(tokens, m.end() + 1))) continue;
            if (text.startsWith("城区", m.end()) || text.startsWith("城市", m.end())) continue;
            // a one-character head (路, 城, 岛) is a word of its own or ends a proper name (湖南路, 中山路), never the tail of a common word (思路, 道路)
            if (suffix.length() == 1 && !ownTokenOrProperName(tokens, m.start())) continue;
            EntityType type = EntityType.ofClassName(lex.nameSuffixes.get(suffix));
            // a project's name may hold verbs (年产10GWh储能电池项目, 半导体封装材料项目)
            boolean loose = type == EntityType.PROJECT || type == EntityType.MEETING || type == EntityType.ENTERPRISE;
            int walked = walker.walkBack(text, tokens, m.start(), loose, type == EntityType.PROJECT ? MAX_PROJECT_NAME : MAX_NAME,
                    type == EntityType.ENTERPRISE);
            if (type == EntityType.MEETING) walked = periodBefore(text, walked);
            int withDivision = trimStart(text, walked, m.start(), List.of());
            // a company's registered name includes its region (安徽锐驰新能源科技有限公司): never trim it
            boolean registered = type == EntityType.ENTERPRISE || type == EntityType.ORGANIZATION;
            // only a division named in full is cut from the front (长春市朝阳区旭阳…产业园); a short name stays (桂林胡同…步行街)
            int start = trimStart(text, walked, m.start(), registered ? List.of() : fullNames);
            // a company the segmenter reads as one name (合肥东城建设投资集团有限公司) keeps the verbs of its trade
            if (registered && oneToken(tokens, walked, m.end())) start = walked;
            if (start < 0 || withDivision < 0) continue;
            // a walk that took verbs in may not start with one (安排重大项目, 是全面振兴…行动)
            if (loose) {
                start = skipLeadingVerbs(tokens, start, m.start());
                withDivision = withDivision < start ? skipLeadingVerbs(tokens, withDivision, m.start()) : start;
                if (m.start() - start < 2) continue;
            }
            // 年产30万吨玉米深加工项目: the capacity the name states begins with 年产, which the walk leaves out
            for (String lead : CAPACITY_LEADS)
                if (start >= lead.length() && text.startsWith(lead, start - lead.length()) && Character.isDigit(text.charAt(start))) {
                    if (withDivision == start) withDivision -= lead.length();
                    start -= lead.length();
                    break;
                }
            String body = text.substring(start, m.start());
            if (body.length() == 1 ? lex.nameStop.contains(body) || lex.stopVerbs.contains(body) : !meaningful(body)) continue;
            if (!hasNoun(tokens, start, m.start())) continue;
            // the surface keeps a leading district or town (撮镇镇冷链物流基地项目); the name, what identifies it, does not
            out.add(new Mention(type, text.substring(withDivision, m.end()), text.substring(start, m.end()), withDivision, m.end(),
                    lex.confidence(withDivision < start ? "name.suffix-division" : properName(tokens, start, m.start()) ? "name.suffix-proper" : "name.suffix"),
                    java.util.Map.of()));
        }
        return out;
    }

    /** HanLP tags a word of the name's body as a proper name (place, person, organisation, other), unlike a body of common words (共享喷涂中心). */
    private static boolean properName(List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            if (t.end() <= from || t.start() >= to) continue;
            if (t.isPos("ns") || t.isPos("nr") || t.isPos("nt") || t.isPos("nz")) return true;
        }
        return false;
    }

    /** A quoted name with a head (长春南部“永春新城”) is the name, whatever precedes the quote. */
    List<Mention> quoted(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
            int j = text.indexOf('”', i);
            if (j < 0 || j - i > MAX_NAME + 2) continue;
            String inner = text.substring(i + 1, j);
            String suffix = longestSuffix(inner);
            if (suffix == null) continue;
            int head = j - suffix.length();
            if (inner.length() > suffix.length() + 1 && !inner.contains("，")
                    && meaningful(inner.substring(0, inner.length() - suffix.length()))
                    && walker.walkBack(text, tokens, head, false, MAX_NAME) <= i + 1 && !holdsVerb(tokens, i + 1, head))
                out.add(Mention.of(EntityType.ofClassName(lex.nameSuffixes.get(suffix)), inner, i + 1, lex.confidence("name.quoted")));
        }
        return out;
    }

    private static final java.util.regex.Pattern EVENT_PERIOD = java.util.regex.Pattern.compile(
            "(?:\\d{4}年)?(?:上半年|下半年|前三季度|[一二三四]季度|\\d{1,2}-\\d{1,2}月|全年|年度)?$");

    /** An event is named with its period (2023年上半年经济运行情况新闻发布会). */
    private static int periodBefore(String text, int start) {
        java.util.regex.Matcher m = EVENT_PERIOD.matcher(text.substring(Math.max(0, start - 12), start));
        return m.find() && m.end() > m.start() ? start - (m.end() - m.start()) : start;
    }

    static int skipLeadingVerbs(List<Token> tokens, int start, int headStart) {
        int k = NameWalker.tokenAt(tokens, start);
        while (k >= 0 && k < tokens.size() && tokens.get(k).start() >= start && tokens.get(k).end() <= headStart) {
            Token t = tokens.get(k);
            String p = t.pos();
            // a verb of two characters or more, 是, or an adverb; a single character may be a name's first (长临河, 栖云)
            boolean verb = (p.startsWith("v") && !p.equals("vn") && (t.text().length() >= 2 || p.equals("vshi"))) || (p.startsWith("d") && t.text().length() >= 2);
            if (!verb) break;
            start = t.end();
            k++;
        }
        return start;
    }

    /** A name says what it names: 走进园区 (a verb and a head) names nothing. */
    private static boolean hasNoun(List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            if (t.end() <= from || t.start() >= to) continue;
            String p = t.pos();
            if (p.startsWith("n") || p.equals("vn") || p.equals("b") || p.equals("j") || p.startsWith("g") || p.equals("x") || p.startsWith("m")
                    || p.equals("ag") || p.equals("a")) return true;
        }
        return false;
    }

    /** 路平坎坷成大道 is a saying, not a road: a quoted name holds no verb. */
    private static boolean holdsVerb(List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            if (t.end() <= from || t.start() >= to) continue;
            if (t.pos().startsWith("v") && !t.pos().equals("vn")) return true;
        }
        return false;
    }

    private String longestSuffix(String name) {
        String best = null;
        for (String suf : lex.nameSuffixes.keySet()) if (name.endsWith(suf) && (best == null || suf.length() > best.length())) best = suf;
        return best;
    }

    /** 轩正、华涛等7个数字化工厂; 这有山、莲花岛等热门景点. */
    List<Mention> lists(String text, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
            EntityType type = headAfter(text, i + 1);
            if (type == null) continue;
            int end = i;
            for (int guard = 0; guard < 12 && end > 0; guard++) {
                int start = end;
                while (start > 0 && end - start < 12 && "、，。；：\n “”（）".indexOf(text.charAt(start - 1)) < 0) start--;
                // 确保妇幼保健等项目: the verb before the first item is not part of it
                boolean trimmed = true;
                while (trimmed) {
                    trimmed = false;
                    for (String w : lex.stopVerbs) if (text.startsWith(w, start) && end - start - w.length() >= 2) { start += w.length(); trimmed = true; }
                }
                String name = text.substring(start, end);
                if (name.length() >= 2 && name.length() <= 10 && meaningful(name)) out.add(Mention.of(type, name, start, lex.confidence("name.list")));
                if (start == 0 || text.charAt(start - 1) != '、') break;
                end = start - 1;
            }
        }
        return out;
    }

    private EntityType headAfter(String text, int p) {
        int q = p;
        while (q < text.length() && (Character.isDigit(text.charAt(q)) || "一二两三四五六七八九十百千万余多".indexOf(text.charAt(q)) >= 0)) q++;
        if (q > p && q < text.length() && "个家户项座处名".indexOf(text.charAt(q)) >= 0) q++;
        EntityType best = null;
        int bestLen = 0;
        for (var e : lex.listHeads.entrySet()) {
            if (text.startsWith(e.getKey(), q) && e.getKey().length() > bestLen) { best = e.getValue(); bestLen = e.getKey().length(); }
        }
        return best;
    }

    private static boolean oneToken(List<Token> tokens, int start, int end) {
        int k = NameWalker.tokenAt(tokens, start);
        return k >= 0 && tokens.get(k).start() == start && tokens.get(k).end() >= end;
    }

    private static boolean endsToken(List<Token> tokens, int end) {
        int k = NameWalker.tokenAt(tokens, end - 1);
        return k >= 0 && tokens.get(k).end() == end;
    }

    /** Drops determiners, verbs and a leading district or town name from the front of a name; -1 when too little is left. */
    private int trimStart(String text, int start, int headStart, List<Mention> divisions) {
        // a verb inside the run ends what came before it (园区联合华南理工大学, 园区设立企业服务中心)
        // searched in the name's own stretch: a lastIndexOf over the whole text costs a scan per verb per name
        // the verbs are taken in the set's order, each at its last occurrence (a trie finds them all in one pass)
        String run = text.substring(start, headStart);
        int from = start;
        int[] last = lex.stopVerbsOrdered.lastStarts(run);
        for (int rank = 0; rank < last.length; rank++) {
            int at = last[rank];
            int length = at < 0 ? 0 : lex.stopVerbsOrdered.word(rank).length();
            if (at >= 0 && from + at >= start && from + at + length <= headStart - 2) start = from + at + length;
        }
        boolean changed = true;
        while (changed && start < headStart) {
            changed = false;
            // each word of the set in its order, where the name now starts: the next one to strip is the least rank after the last
            for (OrderedWords words : List.of(lex.stopVerbsOrdered, lex.nameStopOrdered)) {
                for (int rank = words.firstAt(text, start, headStart - 2, -1); rank >= 0; rank = words.firstAt(text, start, headStart - 2, rank)) {
                    start += words.word(rank).length();
                    changed = true;
                }
            }
            java.util.regex.Matcher q = QUANTITY.matcher(text.substring(start, headStart));
            if (q.lookingAt() && headStart - start - q.end() >= 2) { start += q.end(); changed = true; }
            for (Mention d : divisions) {
                if (d.start() == start && d.end() < headStart - 1) {
                    start = d.end();
                    changed = true;
                }
            }
        }
        return headStart - start < minBody(text, headStart) ? -1 : start;
    }

    /** 东大街, 西广场: a two-character head of a street or square may follow a single character. */
    private int minBody(String text, int headStart) {
        for (String h : new String[]{"大街", "广场"}) if (text.startsWith(h, headStart)) return 1;
        return 2;
    }

    private static boolean ownTokenOrProperName(List<Token> tokens, int headStart) {
        int k = NameWalker.tokenAt(tokens, headStart);
        if (k < 0) return false;
        Token t = tokens.get(k);
        return t.start() == headStart || t.pos().startsWith("ns") || t.pos().startsWith("nz") || t.pos().startsWith("nt") || t.pos().startsWith("nr");
    }

    /** 建成1000平方米服务指导中心: a quantity in front is no part of the name. */
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "[\\d.]+[万亿千百]?(?:平方米|平方公里|亩|个|家|项|座|条|处|万元|亿元|元|米|公里)|一(\\p{IsHan})\\1");

    private static final java.util.regex.Pattern PERIOD_IN_NAME = java.util.regex.Pattern.compile("\\d{4}年|[一二三四]季度|上半年|下半年|今年|去年|明年|年初");

    /** A body that is only determiners and generic words (重点产业, 全区) names nothing. */
    private boolean meaningful(String body) {
        if (body.isEmpty() || lex.stopVerbs.contains(body)) return false;
        // strip the first word (in its set's order) the rest starts with, the sets in turn, while any does
        int rest = 0;
        boolean progress = true;
        while (rest < body.length() && progress) {
            progress = false;
            for (OrderedWords words : List.of(lex.nameStopOrdered, lex.nameGenericOrdered, lex.stopVerbsOrdered)) {
                int rank = words.firstAt(body, rest, body.length(), -1);
                if (rank >= 0) { rest += words.word(rank).length(); progress = true; break; }
            }
        }
        if (rest == body.length()) return false;
        if (body.codePoints().allMatch(c -> Character.isDigit(c) || "一二两三四五六七八九十百千万个大".indexOf(c) >= 0)) return false;
        // function words never stand inside a name (以人民为中心 is no centre's name)
        if (body.codePoints().anyMatch(c -> "的以为是在把对被从向将".indexOf(c) >= 0)) return false;
        if (COUNTED.matcher(body).matches()) return false;
        if (PERIOD_IN_NAME.matcher(body).find() && !body.endsWith("情况") && !body.endsWith("工作")) return false;
        return body.codePoints().noneMatch(c -> "，。；：！？、（）()".indexOf(c) >= 0);
    }
}
