package org.govkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles mentions that cover the same text. A name inside a longer name of the same kind is part
 * of it (长春博览城 in 中铁·长春博览城项目); anything inside a project's name before its head is the project; a short division name
 * inside another name (桂林 in 桂林胡同美食步行街) is no mention of the division.
 */
final class MentionOverlaps {
    private MentionOverlaps() {}

    /** lexicon/name-words.tsv project-head: the head of a project's name. */
    private static final String PROJECT_HEAD = new WordUses("/org/govkg/lexicon/name-words.tsv").word("project-head");

    /** Which reading of one stretch of text wins: a body beats a name head (融媒体中心), a project a zone (…基地等项目). */
    private static final List<EntityType> PRIORITY = List.of(EntityType.DIVISION, EntityType.MEETING, EntityType.ORGANIZATION,
            EntityType.ENTERPRISE, EntityType.PROJECT, EntityType.ZONE, EntityType.PLACE, EntityType.INITIATIVE, EntityType.PERSON);

    private static int rank(EntityType t) {
        return PRIORITY.indexOf(t);
    }

    static List<Mention> resolve(List<Mention> in) {
        List<Mention> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())).thenComparing(m -> m.type().ordinal()));
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            boolean drop = false;
            for (int j = 0; j < sorted.size() && !drop; j++) {
                Mention o = sorted.get(j);
                if (j == i) continue;
                if (!(o.start() <= m.start() && m.end() <= o.end()) || (o.end() - o.start()) <= (m.end() - m.start())) {
                    // the same stretch found twice is one mention: of the same kind, the first; of two kinds, the more specific
                    if (o.start() == m.start() && o.end() == m.end() && (o.type() == m.type() ? j < i : rank(o.type()) < rank(m.type()))) drop = true;
                    continue;
                }
                if (o.type() == m.type() && m.type() != EntityType.MEETING && m.type() != EntityType.ORGANIZATION) drop = true;
                // X inside X项目 is the project itself; an investor named at the start of it stays itself
                else if (o.surface().endsWith(PROJECT_HEAD) && m.end() == o.end() - PROJECT_HEAD.length() && m.type() != EntityType.DIVISION) drop = true;
                else if (m.type() == EntityType.DIVISION && !m.surface().equals(m.name()) && o.type() != EntityType.ORGANIZATION
                        && o.type() != EntityType.MEETING && o.type() != EntityType.DIVISION) drop = true;
                else if (m.type() == EntityType.DIVISION && o.type() != EntityType.ORGANIZATION && o.type() != EntityType.MEETING
                        && o.type() != EntityType.DIVISION && m.divisionLevel() != DivisionLevel.COUNTY && m.divisionLevel() != DivisionLevel.TOWNSHIP && o.start() < m.start()) drop = true;
                else if (m.type() == EntityType.INITIATIVE && o.type() != EntityType.INITIATIVE) drop = true;
                // 中国共产党 opening a congress's or plenary's name (中国共产党某县第十三次代表大会) is part of it, unless it is its organizer
                else if (m.type() == EntityType.ORGANIZATION && o.type() == EntityType.MEETING && m.start() == o.start() && o.meeting() != null
                        && (o.meeting().term() != null || o.meeting().congress() != null) && !Integer.valueOf(m.start()).equals(o.meeting().organizerStart())) drop = true;
                else if (o.type() == EntityType.INITIATIVE && m.type() != EntityType.DIVISION && m.type() != EntityType.ORGANIZATION) drop = true;
                if (drop) break;
            }
            if (!drop) out.add(m);
        }
        return out;
    }
}
