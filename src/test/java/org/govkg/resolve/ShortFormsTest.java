package org.govkg.resolve;

import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A project or park named again in short is the thing of its full name (ShortForms' contract); names separated by '+'. */
class ShortFormsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a short form of one full name is folded into it|PROJECT|青川储能电池项目+丙省青川新能源科技有限公司年产5GWh储能电池项目|1",
            "a short form of two full names is left alone|PROJECT|青川储能电池项目+丙省青川新能源科技有限公司年产5GWh储能电池项目+丁省青川新能源有限公司储能电池项目|3",
            "a name under six characters is never a short form|PROJECT|电池项目+青川新能源科技有限公司电池项目|2",
            "parks are folded too|ZONE|青川智造产业园+青川高新区智能制造产业园|1",
            "a short form of a thing of another type is not folded|ENTERPRISE|青川储能电池项目+丙省青川新能源科技有限公司年产5GWh储能电池项目|2",
    })
    void fold(String behaviour, EntityType type, String names, int things) {
        Map<String, EntityBuilder> byKey = new TreeMap<>();
        Map<Mention, String> keyOf = new HashMap<>();
        String[] all = names.split("\\+");
        for (int i = 0; i < all.length; i++) {
            EntityBuilder b = new EntityBuilder();
            b.type = type;
            b.pref = all[i];
            b.labels.add(all[i]);
            Mention m = Mention.of(type, all[i], i * 100, 0.9);
            b.mentions.add(m);
            byKey.put("k" + i, b);
            keyOf.put(m, "k" + i);
        }
        ShortForms.merge(byKey, keyOf);
        assertEquals(things, byKey.size(), behaviour);
        // every mention is keyed to a thing that is still there
        for (String key : keyOf.values()) assertEquals(true, byKey.containsKey(key), behaviour);
    }
}
