package org.hearth.matching.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.hearth.children.ChildId;
import org.hearth.matching.ChildMatchingNeeds;
import org.hearth.matching.ContactKind;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic matching needs for the demo children, after the children are loaded: most children have
 * a need or two, a third of them at a high level; every plan has letterbox contact and a
 * child placed with siblings also direct contact with the siblings living elsewhere. Each child's
 * needs follow from its case reference, so a demo database is the same every time.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("hearth.demo.enabled")
class DemoMatchingNeeds implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final ChildNeedsStore needs;
    private final Clock clock;

    DemoMatchingNeeds(JdbcClient jdbc, ChildNeedsStore needs, Clock clock) {
        this.jdbc = jdbc;
        this.needs = needs;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var children = jdbc.sql("""
                SELECT id, case_reference FROM child c
                WHERE NOT EXISTS (SELECT 1 FROM child_matching_needs n WHERE n.child_id = c.id)""")
            .query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("case_reference") })
            .list();
        for (Object[] child : children) {
            var random = new Random(new SplittableRandom(((String) child[1]).hashCode()).nextLong());
            var levels = new EnumMap<NeedArea, NeedLevel>(NeedArea.class);
            int areas = random.nextInt(4);
            for (int i = 0; i < areas; i++) {
                NeedArea area = NeedArea.values()[random.nextInt(NeedArea.values().length)];
                int roll = random.nextInt(10);
                levels.put(area, roll < 4 ? NeedLevel.LOW : roll < 7 ? NeedLevel.MEDIUM : NeedLevel.HIGH);
            }
            Set<ContactKind> contact = EnumSet.of(ContactKind.LETTERBOX);
            if (random.nextInt(4) == 0) {
                contact.add(ContactKind.DIRECT_WITH_SIBLINGS);
            }
            needs.save(new ChildId((UUID) child[0]), new ChildMatchingNeeds(levels, contact, null, "demo data",
                    clock.instant()));
        }
    }
}
