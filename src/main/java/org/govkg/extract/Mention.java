package org.govkg.extract;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stretch of the text [start, end) that names a thing.
 *
 * @param name  the name the thing is known by (the surface, or a fuller form the recogniser built)
 * @param attrs what the recogniser learnt besides the name (code, organizer, term, role …), sorted
 */
public record Mention(EntityType type, String surface, String name, int start, int end, double confidence,
                      Map<String, String> attrs) {
    public Mention {
        attrs = Collections.unmodifiableMap(new TreeMap<>(attrs));
    }

    public static Mention of(EntityType type, String surface, int start, double confidence) {
        return new Mention(type, surface, surface, start, start + surface.length(), confidence, Map.of());
    }

    public Mention with(String key, String value) {
        Map<String, String> m = new TreeMap<>(attrs);
        m.put(key, value);
        return new Mention(type, surface, name, start, end, confidence, m);
    }

    public Mention withName(String newName) {
        return new Mention(type, surface, newName, start, end, confidence, attrs);
    }

    public String attr(String key) {
        return attrs.get(key);
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
