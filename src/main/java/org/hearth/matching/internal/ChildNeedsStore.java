package org.hearth.matching.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.children.ChildId;
import org.hearth.matching.BoroughCode;
import org.hearth.matching.ChildMatchingNeeds;
import org.hearth.matching.ContactKind;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The children's matching needs, one row a child. */
@Repository
public class ChildNeedsStore {

    private final JdbcClient jdbc;

    ChildNeedsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ChildMatchingNeeds of(ChildId child) {
        return jdbc.sql("SELECT * FROM child_matching_needs WHERE child_id = :id")
            .param("id", child.value())
            .query((rs, n) -> needs(rs))
            .optional()
            .orElse(ChildMatchingNeeds.notRecorded());
    }

    public Map<ChildId, ChildMatchingNeeds> of(Collection<ChildId> children) {
        Map<ChildId, ChildMatchingNeeds> found = new HashMap<>();
        if (children.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT * FROM child_matching_needs WHERE child_id IN (:ids)")
            .param("ids", children.stream().map(ChildId::value).toList())
            .query((rs, n) -> {
                found.put(new ChildId(rs.getObject("child_id", UUID.class)), needs(rs));
                return null;
            })
            .list();
        return found;
    }

    public void save(ChildId child, ChildMatchingNeeds needs) {
        int updated = jdbc.sql("""
                UPDATE child_matching_needs SET needs = :needs, contact_plan = :contact, birth_family_borough = :borough,
                recorded_by = :by, recorded_at = :at WHERE child_id = :id""")
            .params(values(child, needs))
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO child_matching_needs (child_id, needs, contact_plan, birth_family_borough, recorded_by, recorded_at)
                    VALUES (:id, :needs, :contact, :borough, :by, :at)""")
                .params(values(child, needs))
                .update();
        }
    }

    private static Map<String, Object> values(ChildId child, ChildMatchingNeeds needs) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", child.value());
        values.put("needs", String.join(",", needs.needs().entrySet().stream()
            .map(e -> e.getKey().name() + ":" + e.getValue().name()).toList()));
        values.put("contact", String.join(",", needs.contactPlan().stream().map(Enum::name).toList()));
        values.put("borough", needs.birthFamilyBorough() == null ? null : needs.birthFamilyBorough().value());
        values.put("by", needs.recordedBy());
        values.put("at", java.sql.Timestamp.from(needs.recordedAt()));
        return values;
    }

    private static ChildMatchingNeeds needs(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        String text = rs.getString("needs");
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] parts = pair.split(":");
                needs.put(NeedArea.valueOf(parts[0]), NeedLevel.valueOf(parts[1]));
            }
        }
        Set<ContactKind> contact = EnumSet.noneOf(ContactKind.class);
        String kinds = rs.getString("contact_plan");
        if (kinds != null && !kinds.isBlank()) {
            for (String kind : kinds.split(",")) {
                contact.add(ContactKind.valueOf(kind));
            }
        }
        String borough = rs.getString("birth_family_borough");
        Instant at = rs.getTimestamp("recorded_at").toInstant();
        return new ChildMatchingNeeds(needs, contact, borough == null ? null : BoroughCode.of(borough),
                rs.getString("recorded_by"), at);
    }
}
