package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project or park named again in short is the thing of its full name.
 *
 * <p>Contract: {@code merge(byKey, keyOf)} folds, for projects and then for parks, each thing whose normalised
 * preferred label has six characters or more and is a short form ({@link Keys#isShortForm}) of exactly one
 * other thing's of the same type into that thing (following a chain of such folds): its labels, mentions and
 * the facts the target lacks move over, and every mention keyed to it is keyed to the target.
 * 甲乙储能电池项目 after 丙省甲乙新能源科技有限公司年产10GWh储能电池项目 is one thing; 一期项目 is too short to be.
 */
final class ShortForms {
    private ShortForms() {}

    static void merge(Map<String, EntityBuilder> byKey, Map<Mention, String> keyOf) {
        for (EntityType type : List.of(EntityType.PROJECT, EntityType.ZONE)) merge(byKey, keyOf, type);
    }

    private static void merge(Map<String, EntityBuilder> byKey, Map<Mention, String> keyOf, EntityType type) {
        List<String> projects = byKey.entrySet().stream().filter(e -> e.getValue().type == type).map(Map.Entry::getKey).toList();
        Map<String, String> into = new TreeMap<>();
        for (String shortKey : projects) {
            String sn = Keys.normalize(byKey.get(shortKey).pref);
            if (sn.length() < 6) continue;
            String target = null;
            int fits = 0;
            for (String longKey : projects) {
                if (longKey.equals(shortKey) || !Keys.isShortForm(sn, byKey.get(longKey).pref)) continue;
                target = longKey;
                fits++;
            }
            if (fits == 1) into.put(shortKey, target);
        }
        for (var e : into.entrySet()) {
            String to = e.getValue();
            while (into.containsKey(to)) to = into.get(to);
            EntityBuilder from = byKey.remove(e.getKey()), b = byKey.get(to);
            if (from == null || b == null) continue;
            b.labels.addAll(from.labels);
            b.mentions.addAll(from.mentions);
            b.facts = b.facts.orElse(from.facts);
            for (var k : keyOf.entrySet()) if (k.getValue().equals(e.getKey())) k.setValue(to);
        }
    }
}
