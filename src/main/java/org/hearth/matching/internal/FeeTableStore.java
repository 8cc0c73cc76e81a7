package org.hearth.matching.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.hearth.matching.AgencyKind;
import org.hearth.matching.InterAgencyFeeRow;
import org.hearth.matching.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency's own rows of the inter-agency fee table. */
@Repository
public class FeeTableStore {

    private final JdbcClient jdbc;

    FeeTableStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InterAgencyFeeRow> rowsOf(String agencyId) {
        return jdbc.sql("SELECT * FROM inter_agency_fee WHERE agency_id = :agency ORDER BY kind, from_date")
            .param("agency", agencyId)
            .query((rs, n) -> new InterAgencyFeeRow(rs.getDate("from_date").toLocalDate(),
                    AgencyKind.valueOf(rs.getString("kind")), Money.pence(rs.getLong("first_child_pence")),
                    Money.pence(rs.getLong("each_further_pence")), rs.getInt("london_uplift_percent"), true, true,
                    rs.getString("source")))
            .list();
    }

    /** Saves the row, replacing the agency's row of the same kind from the same date. */
    public void save(String agencyId, InterAgencyFeeRow row, String by, Instant at) {
        jdbc.sql("DELETE FROM inter_agency_fee WHERE agency_id = :agency AND kind = :kind AND from_date = :from")
            .param("agency", agencyId)
            .param("kind", row.kind().name())
            .param("from", row.from())
            .update();
        jdbc.sql("""
                INSERT INTO inter_agency_fee (agency_id, kind, from_date, first_child_pence, each_further_pence,
                london_uplift_percent, source, changed_by, changed_at)
                VALUES (:agency, :kind, :from, :first, :further, :uplift, :source, :by, :at)""")
            .param("agency", agencyId)
            .param("kind", row.kind().name())
            .param("from", row.from())
            .param("first", row.firstChild().pence())
            .param("further", row.eachFurtherChild().pence())
            .param("uplift", row.londonUpliftPercent())
            .param("source", row.source())
            .param("by", by)
            .param("at", Timestamp.from(at))
            .update();
    }
}
