package org.hearth.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.hearth.matching.AgencyKind;
import org.hearth.matching.ApprovalRange;
import org.hearth.matching.BoroughCode;
import org.hearth.matching.ContactKind;
import org.hearth.matching.DistancePreference;
import org.hearth.matching.HouseholdId;
import org.hearth.matching.HouseholdOrigin;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.HouseholdStatus;
import org.hearth.matching.Language;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;
import org.hearth.matching.OutsideHousehold;
import org.hearth.matching.ProvidingAgency;
import org.hearth.matching.Religion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Households of agencies outside the hub, as entered by hand. */
@Repository
public class OutsideHouseholdStore {

    private final JdbcClient jdbc;

    OutsideHouseholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutsideHousehold> enteredBy(String agencyId) {
        return jdbc.sql("SELECT * FROM outside_household WHERE entered_by_agency = :agency ORDER BY entered_at")
            .param("agency", agencyId)
            .query((rs, n) -> household(rs))
            .list();
    }

    public Optional<OutsideHousehold> byId(HouseholdId id) {
        return jdbc.sql("SELECT * FROM outside_household WHERE id = :id")
            .param("id", id.value())
            .query((rs, n) -> household(rs))
            .optional();
    }

    public void add(OutsideHousehold household) {
        HouseholdProfile p = household.profile();
        ApprovalRange r = p.approvalRange();
        jdbc.sql("""
                INSERT INTO outside_household (id, entered_by_agency, agency_name, agency_kind, agency_in_london,
                their_reference, borough_code, children_up_to, youngest_age, oldest_age, sexes, sibling_groups, needs,
                heritage_codes, religions, languages, fostering_for_adoption, contact, entered_by, entered_at)
                VALUES (:id, :by_agency, :agency_name, :agency_kind, :london, :ref, :borough, :up_to, :youngest, :oldest,
                :sexes, :siblings, :needs, :heritage, :religions, :languages, :ffa, :contact, :by, :at)""")
            .param("id", p.id().value())
            .param("by_agency", household.enteredByAgency())
            .param("agency_name", p.agency().name())
            .param("agency_kind", p.agency().kind().name())
            .param("london", p.agency().inLondon())
            .param("ref", household.theirReference())
            .param("borough", p.borough().value())
            .param("up_to", r.maxChildren())
            .param("youngest", r.minAge())
            .param("oldest", r.maxAge())
            .param("sexes", names(r.sexesAccepted()))
            .param("siblings", r.siblingGroups())
            .param("needs", String.join(",", p.needCapacity().entrySet().stream()
                .map(e -> e.getKey().name() + ":" + e.getValue().name()).toList()))
            .param("heritage", names(p.heritageCodes()))
            .param("religions", names(p.religions()))
            .param("languages", String.join(",", p.languages().stream().map(Language::code).sorted().toList()))
            .param("ffa", p.fosteringForAdoptionWilling())
            .param("contact", names(p.contactSupported()))
            .param("by", household.enteredBy())
            .param("at", Timestamp.from(household.enteredAt()))
            .update();
    }

    private static String names(Set<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).sorted().toList());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String text) {
        Set<E> values = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            for (String name : text.split(",")) {
                values.add(Enum.valueOf(type, name));
            }
        }
        return values;
    }

    private static OutsideHousehold household(ResultSet rs) throws SQLException {
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        String text = rs.getString("needs");
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] parts = pair.split(":");
                needs.put(NeedArea.valueOf(parts[0]), NeedLevel.valueOf(parts[1]));
            }
        }
        Set<EthnicityCode> codes = enums(EthnicityCode.class, rs.getString("heritage_codes"));
        Set<EthnicGroup> groups = EnumSet.noneOf(EthnicGroup.class);
        codes.forEach(code -> groups.add(code.group()));
        Set<Language> languages = new LinkedHashSet<>();
        String spoken = rs.getString("languages");
        if (spoken != null && !spoken.isBlank()) {
            for (String code : spoken.split(",")) {
                languages.add(Language.of(code));
            }
        }
        UUID id = rs.getObject("id", UUID.class);
        var agency = new ProvidingAgency("outside:" + id, rs.getString("agency_name"),
                AgencyKind.valueOf(rs.getString("agency_kind")), rs.getBoolean("agency_in_london"));
        var range = new ApprovalRange(1, rs.getInt("children_up_to"), rs.getInt("youngest_age"), rs.getInt("oldest_age"),
                enums(Sex.class, rs.getString("sexes")), rs.getBoolean("sibling_groups"));
        var profile = new HouseholdProfile(new HouseholdId(id), agency, HouseholdOrigin.OUTSIDE_AGENCY,
                HouseholdStatus.APPROVED, range, needs, codes, groups, enums(Religion.class, rs.getString("religions")),
                languages, rs.getBoolean("fostering_for_adoption"), enums(ContactKind.class, rs.getString("contact")),
                BoroughCode.of(rs.getString("borough_code")), DistancePreference.none());
        return new OutsideHousehold(profile, rs.getString("entered_by_agency"), rs.getString("their_reference"),
                rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant());
    }
}
