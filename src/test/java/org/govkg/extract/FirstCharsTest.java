package org.govkg.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule's regular expression tried only where its matches can start (see FirstChars). */
class FirstCharsTest {
    private static String startsIn(String regex, String chars) {
        FirstChars f = FirstChars.of(regex);
        StringBuilder out = new StringBuilder();
        for (char c : chars.toCharArray()) if (f.mayStartWith(c)) out.append(c);
        return out.toString();
    }

    @Test
    void the_start_characters_are_read_through_optional_parts_lookarounds_quoted_words_and_escapes() {
        String probe = "0123456789年月比在全排位今去元.a ";
        String[][] cases = {
                // regex, the probe's chars it may start with
                {"(?<!\\d)(\\d{4})年", "0123456789"},
                {"(?:(\\d{4})年)?(\\d{1,2})月", "0123456789"},
                {"(?:在)?(?<scope>全省|全市)?(?<verb>\\Q排名\\E|\\Q位居\\E)", "在全排位"},
                {"(?:(\\d{4})年|(今年|去年))?\\Q全年\\E", "0123456789全今去"},
                {"[比较与]", "比"},
                {"[\\d.]+$", "0123456789."},
                {"(?=年)月|元", "月元"},
                {"a*b|[ ]", "a "},
                // \\u escapes, alone, in a class and as a range's ends (年 U+5E74, 排 U+6392, 月 U+6708)
                {"\\u5E74", "年"},
                {"(?<![与])[\\u5E74-\\u6708]x", "年月排"},
                {"[\\u0030-\\u0032a]年", "012a"},
        };
        for (String[] c : cases) assertEquals(c[1], startsIn(c[0], probe), c[0]);
    }

    @Test
    void what_the_analysis_cannot_read_or_what_can_match_empty_is_tried_everywhere() {
        for (String regex : new String[]{"(?i)abc", "a?", "(a)\\1", "[a[b]]", "x|", "(?>ab)", "\\uD800"})
            assertNull(FirstChars.startsOf(regex), regex);
        assertFalse(FirstChars.of("a?").filtered());
        // a negated class or a property may start with anything, and says so rather than giving up the pattern
        assertTrue(FirstChars.of("[^，]年").mayStartWith('x'));
        assertTrue(FirstChars.of("\\p{IsHan}年").mayStartWith('年'));
        assertTrue(FirstChars.of("[^\\u4E00-\\u9FA5]年").mayStartWith('x'));
    }

    /** {words}, {verbs}: filled in by the recogniser, not a pattern as written. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

    /** Every rule pattern of the figures and periods, and those of meetings and the publisher, as the recognisers compile them. */
    private static List<Pattern> rulePatterns() {
        List<Pattern> out = new ArrayList<>();
        for (String[] r : Tsv.load(FigureRules.PATTERNS, 2)) if (!PLACEHOLDER.matcher(r[1]).find()) out.add(Pattern.compile(r[1]));
        for (String[] r : Tsv.load("/org/govkg/rules/period.tsv", 2)) if (!PLACEHOLDER.matcher(r[1]).find()) out.add(Pattern.compile(r[1]));
        // the sessions and congresses of MeetingRecognizer and the publisher line of MetaRecognizer, searched the same way
        NamedRules meeting = NamedRules.load("/org/govkg/rules/meeting.tsv");
        for (String name : List.of("plenary", "congress", "local-congress")) out.add(meeting.pattern(name));
        out.add(MeetingRecognizer.PEOPLES);
        out.add(NamedRules.load("/org/govkg/rules/meta.tsv").pattern("publisher"));
        // and the whole-text searches of the year in the text, the numbered programmes and the credits
        out.add(Extractor.YEAR_IN_TEXT);
        out.add(NamedRules.load("/org/govkg/rules/initiative.tsv").pattern("numbered"));
        out.add(PersonLists.CREDIT);
        return out;
    }

    @Test
    void the_matches_are_those_of_find_on_the_sample_articles() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(f));
        }
        // and the cases of the edges: a match at the very start and end, lookbehinds just before a start
        texts.add("2023年");
        texts.add("截至2023年6月底，比上年增长8.1%，位居全市第一。在全省181个区县中排名第14位");
        texts.add("第十四次党代会召开。县十七届人大常委会第十二次会议审议；十三届三次全体会议和党的二十大精神。来源：某县融媒体中心");
        texts.add("实施六大战略，打好三大攻坚战。2024年是“十四五”规划的收官之年，也是建党103周年。（张某 李某）\n比2020年增长（王某）");
        texts.add("中国共产党某县第十四次代表大会开幕，第十三届党代表大会第三次会议闭幕。稿件提供：某县发改局 信息来源：某县");
        int compared = 0;
        List<FirstChars> filtered = rulePatterns().stream().map(FirstChars::of).filter(FirstChars::filtered).toList();
        FirstChars.Union union = new FirstChars.Union(filtered.toArray(FirstChars[]::new));
        for (Pattern p : rulePatterns()) {
            for (String text : texts) {
                List<String> expected = new ArrayList<>(), got = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) expected.add(m.start() + "-" + m.end() + ":" + groups(m.toMatchResult()));
                FirstChars.Finder f = FirstChars.of(p).finder(text);
                while (f.find()) got.add(f.start() + "-" + f.end() + ":" + groups(f));
                assertEquals(expected, got, p.pattern());
                // and tried only at the offsets a union of the filtered patterns' start characters gives
                if (filtered.stream().anyMatch(x -> x.pattern().pattern().equals(p.pattern()))) {
                    List<String> fromUnion = new ArrayList<>();
                    FirstChars.Finder u = FirstChars.of(p).finder(text, union.offsets(text));
                    while (u.find()) fromUnion.add(u.start() + "-" + u.end() + ":" + groups(u));
                    assertEquals(expected, fromUnion, "union: " + p.pattern());
                }
                compared += expected.size();
            }
        }
        assertTrue(compared > 100, "the samples give matches to compare: " + compared);
    }

    /**
     * A search within a region (a sentence, as the relation rules are searched) tried only where a match can start
     * gives the matches of {@code region(from, to).find()}, with their groups: each sentence of the samples and the
     * edge texts, matches taken one after the other as RelationRecognizer takes them.
     */
    @Test
    void a_search_within_a_sentence_gives_the_matches_of_find_in_its_region() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(f));
        }
        texts.add("截至2023年6月底，比上年增长8.1%。位居全市第一。在全省181个区县中排名第14位");
        int compared = 0;
        for (Pattern p : rulePatterns()) {
            FirstChars first = FirstChars.of(p);
            for (String text : texts) {
                Matcher plain = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                Matcher tried = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int start = 0; start < text.length(); ) {
                    int end = text.indexOf('。', start);
                    end = end < 0 ? text.length() : end + 1;
                    List<String> expected = new ArrayList<>(), got = new ArrayList<>();
                    for (int from = start; from < end && plain.region(from, end).find(); from = plain.end() > plain.start() ? plain.end() : plain.start() + 1)
                        expected.add(plain.start() + "-" + plain.end() + ":" + groups(plain.toMatchResult()));
                    for (int from = start; from < end && first.find(tried, text, from, end); from = tried.end() > tried.start() ? tried.end() : tried.start() + 1)
                        got.add(tried.start() + "-" + tried.end() + ":" + groups(tried.toMatchResult()));
                    assertEquals(expected, got, p.pattern() + " in [" + start + ", " + end + ")");
                    compared += expected.size();
                    start = end;
                }
            }
        }
        assertTrue(compared > 100, "the samples give matches to compare: " + compared);
    }

    /** The whole-text searches made through FirstChars are tried only where they can start: their start characters are read. */
    @Test
    void the_whole_text_searches_are_filtered() {
        NamedRules meeting = NamedRules.load("/org/govkg/rules/meeting.tsv");
        for (String name : List.of("plenary", "congress", "local-congress")) assertTrue(FirstChars.of(meeting.pattern(name)).filtered(), name);
        assertTrue(FirstChars.of(MeetingRecognizer.PEOPLES).filtered(), "peoples");
        assertTrue(FirstChars.of(NamedRules.load("/org/govkg/rules/meta.tsv").pattern("publisher")).filtered(), "publisher");
        assertTrue(FirstChars.of(Extractor.YEAR_IN_TEXT).filtered(), "year in text");
        assertTrue(FirstChars.of(NamedRules.load("/org/govkg/rules/initiative.tsv").pattern("numbered")).filtered(), "numbered");
        assertTrue(FirstChars.of(PersonLists.CREDIT).filtered(), "credit");
    }

    private static String groups(java.util.regex.MatchResult m) {
        StringBuilder out = new StringBuilder();
        for (int g = 1; g <= m.groupCount(); g++) out.append(m.start(g)).append(',').append(m.end(g)).append(';');
        return out.toString();
    }
}
