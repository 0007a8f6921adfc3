package org.govkg.testing;

import org.govkg.extract.Tsv;
import org.govkg.nlp.Segmenter;
import org.govkg.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Segmenter} that replays a recorded segmentation: HanLP's tokens (text, part of speech, offsets) of the
 * texts in {@value #TEXTS}, recorded once into {@value #TOKENS} by {@link #record} (run by
 * {@code scripts/update-golden.sh --segmentations}) and committed. Tests that extract through it see a fixed token
 * stream, whatever HanLP's version or dictionaries do, so a change of their result is a change of govkg's rules.
 * A text that was not recorded fails: there is no fallback to a live segmenter.
 */
public final class RecordedSegmenter implements Segmenter {
    public static final String TEXTS = "/org/govkg/nlp/segmented-texts.tsv", TOKENS = "/org/govkg/nlp/segmentations.tsv";

    private final Map<String, List<Token>> byText;

    private RecordedSegmenter(Map<String, List<Token>> byText) {
        this.byText = byText;
    }

    /** The recorded texts by case, each as the document the extractor reads ({@link Engines#doc}'s text). */
    public static Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String[] row : Tsv.load(TEXTS, 2)) texts.put(row[0], Engines.doc(row[0], row[1].replace("\\n", "\n")).text());
        return texts;
    }

    /** The recording; a token whose text is not the text at its offsets (a stale recording) fails here. */
    public static RecordedSegmenter load() {
        Map<String, String> texts = texts();
        Map<String, List<Token>> byCase = new LinkedHashMap<>();
        for (String[] row : Tsv.load(TOKENS, 5)) {
            String text = texts.get(row[0]);
            if (text == null) throw new IllegalStateException(TOKENS + ": no text for case " + row[0] + " in " + TEXTS);
            Token t = new Token(unescape(row[4]), row[3], Integer.parseInt(row[1]), Integer.parseInt(row[2]));
            if (t.end() > text.length() || !text.substring(t.start(), t.end()).equals(t.text()))
                throw new IllegalStateException(TOKENS + ": case " + row[0] + ": token " + String.join(" ", row) + " is not the text at its offsets;"
                        + " re-record with scripts/update-golden.sh --segmentations");
            byCase.computeIfAbsent(row[0], k -> new ArrayList<>()).add(t);
        }
        Map<String, List<Token>> byText = new LinkedHashMap<>();
        for (var e : texts.entrySet()) {
            List<Token> tokens = byCase.get(e.getKey());
            if (tokens == null) throw new IllegalStateException(TOKENS + ": case " + e.getKey() + " was never recorded; run scripts/update-golden.sh --segmentations");
            byText.put(e.getValue(), List.copyOf(tokens));
        }
        return new RecordedSegmenter(byText);
    }

    @Override
    public List<Token> segment(String text) {
        List<Token> tokens = byText.get(text);
        if (tokens == null) throw new IllegalArgumentException("no recorded segmentation of: " + text);
        return tokens;
    }

    /** The recording file's content: a comment, the header, then one token a line (case, start, end, pos, text). */
    public static String record(Map<String, String> texts, Segmenter live, String recordedWith) {
        StringBuilder out = new StringBuilder("# " + recordedWith + "'s segmentation of segmented-texts.tsv, one token a line (\\n, \\t and \\\\ escaped),"
                + " replayed by RecordedSegmenter. Written by scripts/update-golden.sh --segmentations; never edited by hand.\n");
        out.append("case\tstart\tend\tpos\ttoken\n");
        for (var e : texts.entrySet())
            for (Token t : live.segment(e.getValue()))
                out.append(e.getKey()).append('\t').append(t.start()).append('\t').append(t.end()).append('\t').append(t.pos()).append('\t').append(escape(t.text())).append('\n');
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            b.append(switch (n) { case 'n' -> '\n'; case 't' -> '\t'; case 'r' -> '\r'; default -> n; });
        }
        return b.toString();
    }
}
