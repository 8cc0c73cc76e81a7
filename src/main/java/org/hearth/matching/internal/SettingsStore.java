package org.hearth.matching.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.hearth.matching.DistancePolicy;
import org.hearth.matching.MatchingSettings;
import org.hearth.matching.MatchingWeights;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each agency's matching settings; an agency that has not set them uses the documented defaults. */
@Repository
public class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MatchingSettings of(String agencyId) {
        return jdbc.sql("SELECT * FROM matching_settings WHERE agency_id = :agency")
            .param("agency", agencyId)
            .query((rs, n) -> new MatchingSettings(new MatchingWeights(rs.getInt("heritage"), rs.getInt("religion"),
                    rs.getInt("language"), rs.getInt("needs_capacity"), rs.getInt("early_permanence"),
                    rs.getInt("contact"), rs.getInt("distance")), DistancePolicy.valueOf(rs.getString("distance_policy"))))
            .optional()
            .orElse(MatchingSettings.defaults());
    }

    public void save(String agencyId, MatchingSettings settings, String by, Instant at) {
        jdbc.sql("DELETE FROM matching_settings WHERE agency_id = :agency").param("agency", agencyId).update();
        MatchingWeights w = settings.weights();
        jdbc.sql("""
                INSERT INTO matching_settings (agency_id, heritage, religion, language, needs_capacity, early_permanence,
                contact, distance, distance_policy, changed_by, changed_at)
                VALUES (:agency, :heritage, :religion, :language, :needs, :ep, :contact, :distance, :policy, :by, :at)""")
            .param("agency", agencyId)
            .param("heritage", w.heritage())
            .param("religion", w.religion())
            .param("language", w.language())
            .param("needs", w.needsCapacity())
            .param("ep", w.earlyPermanence())
            .param("contact", w.contact())
            .param("distance", w.distance())
            .param("policy", settings.distancePolicy().name())
            .param("by", by)
            .param("at", Timestamp.from(at))
            .update();
    }
}
