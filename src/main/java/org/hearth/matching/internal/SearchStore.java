package org.hearth.matching.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.children.ChildId;
import org.hearth.matching.FamilyFindingSearch;
import org.hearth.matching.SearchId;
import org.hearth.matching.SearchScope;
import org.hearth.matching.SignOff;
import org.hearth.matching.SignOffRole;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Family-finding searches with their children and sign-offs. */
@Repository
public class SearchStore {

    /** A search as stored, with who runs it and for which borough's child. */
    public record StoredSearch(FamilyFindingSearch search, String agencyId, String boroughCode, String startedBy,
            String widenedBy, int version) {
    }

    private final JdbcClient jdbc;

    SearchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredSearch> byId(SearchId id) {
        return jdbc.sql("SELECT * FROM family_finding_search WHERE id = :id")
            .param("id", id.value())
            .query((rs, n) -> new Object[] { rs.getString("agency_id"), rs.getString("borough_code"),
                    rs.getString("started_by"), rs.getString("widened_by"), rs.getInt("version"),
                    rs.getTimestamp("started_at").toInstant(), SearchScope.valueOf(rs.getString("scope")),
                    instant(rs.getTimestamp("widened_at")) })
            .optional()
            .map(row -> {
                var search = FamilyFindingSearch.restore(id, children(id), (Instant) row[5], signOffs(id),
                        (SearchScope) row[6], (Instant) row[7]);
                return new StoredSearch(search, (String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (Integer) row[4]);
            });
    }

    /** The latest search of the agency that names the child, if any. */
    public Optional<SearchId> latestFor(ChildId child, String agencyId) {
        return jdbc.sql("""
                SELECT s.id FROM family_finding_search s JOIN family_finding_search_child c ON c.search_id = s.id
                WHERE c.child_id = :child AND s.agency_id = :agency ORDER BY s.started_at DESC""")
            .param("child", child.value())
            .param("agency", agencyId)
            .query(UUID.class)
            .list()
            .stream()
            .findFirst()
            .map(SearchId::new);
    }

    public void add(FamilyFindingSearch search, String agencyId, String boroughCode, String startedBy) {
        jdbc.sql("""
                INSERT INTO family_finding_search (id, agency_id, borough_code, started_by, started_at, scope, version)
                VALUES (:id, :agency, :borough, :by, :at, :scope, 0)""")
            .param("id", search.id().value())
            .param("agency", agencyId)
            .param("borough", boroughCode)
            .param("by", startedBy)
            .param("at", Timestamp.from(search.startedAt()))
            .param("scope", search.scope().name())
            .update();
        int position = 0;
        for (ChildId child : search.children()) {
            jdbc.sql("INSERT INTO family_finding_search_child (search_id, position, child_id) VALUES (:id, :p, :child)")
                .param("id", search.id().value())
                .param("p", position++)
                .param("child", child.value())
                .update();
        }
    }

    /** Saves the sign-offs and the scope; refuses when someone else saved the search since it was read. */
    public void update(StoredSearch stored, String widenedBy) {
        FamilyFindingSearch search = stored.search();
        int updated = jdbc.sql("""
                UPDATE family_finding_search SET scope = :scope, widened_at = :at, widened_by = :by, version = version + 1
                WHERE id = :id AND version = :version""")
            .param("scope", search.scope().name())
            .param("at", search.widenedAt() == null ? null : Timestamp.from(search.widenedAt()))
            .param("by", widenedBy)
            .param("id", search.id().value())
            .param("version", stored.version())
            .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("The search was changed by someone else");
        }
        jdbc.sql("DELETE FROM family_finding_sign_off WHERE search_id = :id").param("id", search.id().value()).update();
        for (SignOff signOff : search.signOffs()) {
            jdbc.sql("""
                    INSERT INTO family_finding_sign_off (search_id, role, signed_by, signed_at)
                    VALUES (:id, :role, :by, :at)""")
                .param("id", search.id().value())
                .param("role", signOff.role().name())
                .param("by", signOff.who())
                .param("at", Timestamp.from(signOff.when()))
                .update();
        }
    }

    private List<ChildId> children(SearchId id) {
        return new ArrayList<>(jdbc.sql("SELECT child_id FROM family_finding_search_child WHERE search_id = :id ORDER BY position")
            .param("id", id.value())
            .query((rs, n) -> new ChildId(rs.getObject("child_id", UUID.class)))
            .list());
    }

    private List<SignOff> signOffs(SearchId id) {
        return jdbc.sql("SELECT * FROM family_finding_sign_off WHERE search_id = :id ORDER BY role")
            .param("id", id.value())
            .query((rs, n) -> new SignOff(rs.getString("signed_by"), SignOffRole.valueOf(rs.getString("role")),
                    rs.getTimestamp("signed_at").toInstant()))
            .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
