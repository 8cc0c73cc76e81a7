package org.hearth.matching.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.children.ChildId;
import org.hearth.matching.HouseholdId;
import org.hearth.matching.HouseholdStatus;
import org.hearth.matching.InterestFrom;
import org.hearth.matching.Link;
import org.hearth.matching.LinkId;
import org.hearth.matching.MatchDecision;
import org.hearth.matching.PanelRecommendation;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo links for the children of Adopt London East's boroughs whose journey already has a link and
 * no placement: each with one of the agency's approved households, shortlisted three weeks before the
 * link, visited, linked on the journey's date, and where the journey has them, the proposed match, the
 * matching panel (recommended) and the match decision (agreed). The children's journeys already hold
 * these dates, so nothing is recorded on them again.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("hearth.demo.enabled")
class DemoLinks implements ApplicationRunner {

    private static final String AGENCY = "adopt-london-east";

    private final JdbcClient jdbc;
    private final LinkRepository links;
    private final Clock clock;

    DemoLinks(JdbcClient jdbc, LinkRepository links, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.clock = clock;
    }

    private record LinkedChild(UUID id, String borough, LocalDate linked, LocalDate panel, LocalDate decision) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM matching_link").query(Long.class).single() > 0) {
            return;
        }
        List<LinkedChild> children = jdbc.sql("""
                SELECT c.id, c.borough_code,
                  (SELECT MAX(event_date) FROM journey_entry e WHERE e.child_id = c.id AND e.event_type = 'LINKED') AS linked,
                  (SELECT MAX(event_date) FROM journey_entry e WHERE e.child_id = c.id AND e.event_type = 'MATCHING_PANEL') AS panel,
                  (SELECT MAX(event_date) FROM journey_entry e WHERE e.child_id = c.id AND e.event_type = 'MATCH_DECISION') AS decision
                FROM child c JOIN local_authority la ON la.ons_code = c.borough_code
                WHERE la.agency_id = :agency
                AND EXISTS (SELECT 1 FROM journey_entry e WHERE e.child_id = c.id AND e.event_type = 'LINKED')
                AND NOT EXISTS (SELECT 1 FROM journey_entry e WHERE e.child_id = c.id
                  AND e.event_type IN ('PLACED_FOR_ADOPTION', 'ADOPTION_NO_LONGER_THE_PLAN', 'ADOPTION_ORDER'))
                AND NOT EXISTS (SELECT 1 FROM journey_entry e WHERE e.child_id = c.id AND (e.corrects IS NOT NULL OR e.withdrawal))
                ORDER BY c.case_reference""")
            .param("agency", AGENCY)
            .query((rs, n) -> new LinkedChild(rs.getObject("id", UUID.class), rs.getString("borough_code"),
                    date(rs.getDate("linked")), date(rs.getDate("panel")), date(rs.getDate("decision"))))
            .list();
        List<UUID> households = jdbc.sql("""
                SELECT h.id FROM household h JOIN approval_range r ON r.household_id = h.id
                WHERE h.agency_id = :agency AND h.approved_on IS NOT NULL AND h.child_placed_on IS NULL
                AND h.left_on IS NULL AND h.approval_ended_on IS NULL ORDER BY h.reference""")
            .param("agency", AGENCY)
            .query(UUID.class)
            .list();
        if (households.isEmpty()) {
            return;
        }
        int next = 0;
        for (LinkedChild child : children) {
            UUID household = households.get(next++ % households.size());
            link(child, household);
        }
    }

    private void link(LinkedChild child, UUID household) {
        String by = "ale.worker";
        LocalDate shortlisted = child.linked().minusDays(21);
        Link link = Link.shortlist(LinkId.newId(), List.of(new ChildId(child.id())), new HouseholdId(household), AGENCY,
                AGENCY, child.borough(), null, shortlisted, by, clock);
        link.recordVisit(child.linked().minusDays(10), "Visit to the household with the child's profile", by, clock);
        link.link(child.linked(), InterestFrom.FAMILY_FINDER, null, by, clock);
        if (child.panel() != null && !child.panel().isBefore(child.linked())) {
            LocalDate proposed = child.panel().minusDays(14).isBefore(child.linked()) ? child.linked()
                    : child.panel().minusDays(14);
            link.proposeMatch(proposed, HouseholdStatus.APPROVED, null, by, clock);
            link.recordMatchingPanel(child.panel(), PanelRecommendation.RECOMMENDED, null, by, clock);
            if (child.decision() != null && !child.decision().isBefore(child.panel())) {
                link.recordMatchDecision(child.decision(), MatchDecision.AGREED, null, by, clock);
            }
        }
        links.save(link, clock.instant());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
