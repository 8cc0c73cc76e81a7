package org.hearth.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.children.Birth;
import org.hearth.children.Child;
import org.hearth.children.ChildDetails;
import org.hearth.children.ChildId;
import org.hearth.children.Correction;
import org.hearth.children.DisabilityCode;
import org.hearth.children.Disabilities;
import org.hearth.children.EarlyPermanence;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Journey;
import org.hearth.children.JourneyEntry;
import org.hearth.children.JourneyEntryId;
import org.hearth.children.JourneyEventType;
import org.hearth.children.LifeStoryWork;
import org.hearth.children.ReasonAdoptionNoLongerThePlan;
import org.hearth.children.Sex;
import org.hearth.children.SiblingPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores children and their journeys. Journey entries are only ever inserted; a child is read back
 * with all its entries and the journey rebuilt from them.
 */
@Repository
public class ChildStore {

	private final JdbcClient jdbc;

	ChildStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Child> byId(ChildId id) {
		var rows = jdbc.sql("SELECT * FROM child WHERE id = :id").param("id", id.value()).query(ChildStore::row).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(assemble(rows.get(0), entriesOf(List.of(id.value())).getOrDefault(id.value(), List.of())));
	}

	/** Every child of these boroughs, with their journeys: two queries whatever the number. */
	public List<Child> inBoroughs(Collection<String> boroughCodes) {
		if (boroughCodes.isEmpty()) {
			return List.of();
		}
		var rows = jdbc.sql("SELECT * FROM child WHERE borough_code IN (:boroughs) ORDER BY last_name, first_names")
			.param("boroughs", boroughCodes)
			.query(ChildStore::row)
			.list();
		var entries = entriesInBoroughs(boroughCodes);
		return rows.stream().map(row -> assemble(row, entries.getOrDefault(row.id(), List.of()))).toList();
	}

	/**
	 * The children of these boroughs with a journey entry of an adoption order dated in the period, with
	 * their journeys: two queries whatever the number. Corrected entries are among them, so the caller
	 * reads the effective adoption order from the journey.
	 */
	public List<Child> withAdoptionOrderBetween(Collection<String> boroughCodes, LocalDate from, LocalDate to) {
		var rows = jdbc.sql("""
				SELECT * FROM child c WHERE c.borough_code IN (:boroughs) AND EXISTS (
				  SELECT 1 FROM journey_entry e WHERE e.child_id = c.id AND e.event_type = 'ADOPTION_ORDER'
				  AND e.event_date BETWEEN :from AND :to)""")
			.param("boroughs", boroughCodes)
			.param("from", from)
			.param("to", to)
			.query(ChildStore::row)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var entries = entriesOf(rows.stream().map(Row::id).toList());
		return rows.stream().map(row -> assemble(row, entries.getOrDefault(row.id(), List.of()))).toList();
	}

	public Optional<ChildId> byCaseReference(String boroughCode, String caseReference) {
		return jdbc.sql("SELECT id FROM child WHERE borough_code = :borough AND case_reference = :ref")
			.param("borough", boroughCode)
			.param("ref", caseReference)
			.query(UUID.class)
			.optional()
			.map(ChildId::new);
	}

	public void add(Child child, Instant now) {
		var columns = columns(child);
		columns.put("id", child.id().value());
		columns.put("borough", child.boroughCode());
		columns.put("createdAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		jdbc.sql("""
				INSERT INTO child (id, borough_code, case_reference, first_names, last_name, prospective_adoptive_name,
				  birth_date, born, sex, ethnicity, religion, first_languages, disabilities, health_and_needs,
				  borough_social_worker, borough_team_manager, family_finding_worker, sibling_group,
				  sibling_plan_decided, siblings_placed_with, sibling_plan_reason, early_permanence,
				  early_permanence_outcome, life_story_started, life_story_first_stage, life_story_completed,
				  celebration_hearing, later_life_letter_given, created_at)
				VALUES (:id, :borough, :caseReference, :firstNames, :lastName, :prospectiveAdoptiveName,
				  :birthDate, :born, :sex, :ethnicity, :religion, :firstLanguages, :disabilities, :healthAndNeeds,
				  :boroughSocialWorker, :boroughTeamManager, :familyFindingWorker, :siblingGroup,
				  :siblingPlanDecided, :siblingsPlacedWith, :siblingPlanReason, :earlyPermanence,
				  :earlyPermanenceOutcome, :lifeStoryStarted, :lifeStoryFirstStage, :lifeStoryCompleted,
				  :celebrationHearing, :laterLifeLetterGiven, :createdAt)""")
			.params(columns)
			.update();
		addEntries(child.id(), child.journey().entries(), 0);
	}

	/** Saves changed details and life story work, and the journey entries added since the child was read. */
	public void update(Child child) {
		var columns = columns(child);
		columns.put("id", child.id().value());
		jdbc.sql("""
				UPDATE child SET case_reference = :caseReference, first_names = :firstNames, last_name = :lastName,
				  prospective_adoptive_name = :prospectiveAdoptiveName, birth_date = :birthDate, born = :born, sex = :sex,
				  ethnicity = :ethnicity, religion = :religion, first_languages = :firstLanguages,
				  disabilities = :disabilities, health_and_needs = :healthAndNeeds,
				  borough_social_worker = :boroughSocialWorker, borough_team_manager = :boroughTeamManager,
				  family_finding_worker = :familyFindingWorker, sibling_group = :siblingGroup,
				  sibling_plan_decided = :siblingPlanDecided, siblings_placed_with = :siblingsPlacedWith,
				  sibling_plan_reason = :siblingPlanReason, early_permanence = :earlyPermanence,
				  early_permanence_outcome = :earlyPermanenceOutcome, life_story_started = :lifeStoryStarted,
				  life_story_first_stage = :lifeStoryFirstStage, life_story_completed = :lifeStoryCompleted,
				  celebration_hearing = :celebrationHearing, later_life_letter_given = :laterLifeLetterGiven
				WHERE id = :id""")
			.params(columns)
			.update();
		var stored = new java.util.HashSet<>(jdbc.sql("SELECT id FROM journey_entry WHERE child_id = :id")
			.param("id", child.id().value())
			.query(UUID.class)
			.list());
		var added = child.journey().entries().stream().filter(e -> !stored.contains(e.id().value())).toList();
		addEntries(child.id(), added, stored.size());
	}

	private void addEntries(ChildId child, List<JourneyEntry> entries, int firstPosition) {
		int position = firstPosition;
		for (JourneyEntry entry : entries) {
			var params = new HashMap<String, Object>();
			params.put("id", entry.id().value());
			params.put("child", child.value());
			params.put("position", position++);
			params.put("type", entry.type().name());
			params.put("date", entry.date());
			params.put("reason", entry.reason().map(ReasonAdoptionNoLongerThePlan::code).orElse(null));
			params.put("note", entry.note().orElse(null));
			params.put("recordedAt", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC));
			params.put("recordedBy", entry.recordedBy());
			params.put("corrects", entry.corrects().map(JourneyEntryId::value).orElse(null));
			params.put("correctionReason", entry.correctionReason().orElse(null));
			params.put("withdrawal", entry.isWithdrawal());
			jdbc.sql("""
					INSERT INTO journey_entry (id, child_id, position, event_type, event_date, reason, note, recorded_at,
					  recorded_by, corrects, correction_reason, withdrawal)
					VALUES (:id, :child, :position, :type, :date, :reason, :note, :recordedAt, :recordedBy, :corrects,
					  :correctionReason, :withdrawal)""")
				.params(params)
				.update();
		}
	}

	private static Map<String, Object> columns(Child child) {
		var d = child.details();
		var life = child.storedLifeStory();
		var columns = new HashMap<String, Object>();
		columns.put("caseReference", d.caseReference());
		columns.put("firstNames", d.firstNames());
		columns.put("lastName", d.lastName());
		columns.put("prospectiveAdoptiveName", d.prospectiveAdoptiveName());
		columns.put("birthDate", d.birth().date());
		columns.put("born", d.birth().born());
		columns.put("sex", d.sex().code());
		columns.put("ethnicity", d.ethnicity().code());
		columns.put("religion", d.religion());
		columns.put("firstLanguages", d.firstLanguages());
		columns.put("disabilities",
				d.disabilities().codes().stream().map(DisabilityCode::code).sorted().collect(Collectors.joining(",")));
		columns.put("healthAndNeeds", d.healthAndNeeds());
		columns.put("boroughSocialWorker", d.boroughSocialWorker());
		columns.put("boroughTeamManager", d.boroughTeamManager());
		columns.put("familyFindingWorker", d.familyFindingWorker());
		columns.put("siblingGroup", d.siblingGroup());
		columns.put("siblingPlanDecided", d.siblingPlan().decided());
		columns.put("siblingsPlacedWith", d.siblingPlan().siblingsToBePlacedWith());
		columns.put("siblingPlanReason", d.siblingPlanReason());
		columns.put("earlyPermanence", d.earlyPermanence().name());
		columns.put("earlyPermanenceOutcome", d.earlyPermanenceOutcome());
		columns.put("lifeStoryStarted", life.bookStarted().orElse(null));
		columns.put("lifeStoryFirstStage", life.firstStageGiven().orElse(null));
		columns.put("lifeStoryCompleted", life.bookCompleted().orElse(null));
		columns.put("celebrationHearing", life.celebrationHearing().orElse(null));
		columns.put("laterLifeLetterGiven", life.laterLifeLetterGiven().orElse(null));
		return columns;
	}

	private Map<UUID, List<JourneyEntry>> entriesOf(List<UUID> children) {
		var entries = new LinkedHashMap<UUID, List<JourneyEntry>>();
		jdbc.sql("SELECT * FROM journey_entry WHERE child_id IN (:children) ORDER BY child_id, position")
			.param("children", children)
			.query(rs -> {
				entries.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>()).add(entry(rs));
			});
		return entries;
	}

	private Map<UUID, List<JourneyEntry>> entriesInBoroughs(Collection<String> boroughs) {
		var entries = new HashMap<UUID, List<JourneyEntry>>();
		jdbc.sql("""
				SELECT e.* FROM journey_entry e JOIN child c ON c.id = e.child_id
				WHERE c.borough_code IN (:boroughs) ORDER BY e.child_id, e.position""")
			.param("boroughs", boroughs)
			.query(rs -> {
				entries.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>()).add(entry(rs));
			});
		return entries;
	}

	private record Row(UUID id, String borough, ChildDetails details, LifeStoryWork lifeStory) {
	}

	private static Child assemble(Row row, List<JourneyEntry> entries) {
		var id = new ChildId(row.id());
		return new Child(id, row.borough(), row.details(), Journey.rebuild(id, row.details().birth(), entries),
				row.lifeStory());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		var birthDate = rs.getObject("birth_date", LocalDate.class);
		var birth = rs.getBoolean("born") ? Birth.on(birthDate) : Birth.expectedOn(birthDate);
		String codes = rs.getString("disabilities");
		var disabilities = codes == null || codes.isBlank() ? Disabilities.notRecorded()
				: Disabilities.of(Arrays.stream(codes.split(",")).map(DisabilityCode::of).toList());
		var siblingPlan = rs.getBoolean("sibling_plan_decided")
				? (rs.getInt("siblings_placed_with") > 0 ? SiblingPlan.togetherWith(rs.getInt("siblings_placed_with"))
						: SiblingPlan.placedAlone())
				: SiblingPlan.notDecided();
		var details = new ChildDetails(rs.getString("case_reference"), rs.getString("first_names"),
				rs.getString("last_name"), rs.getString("prospective_adoptive_name"), birth, Sex.of(rs.getString("sex")),
				EthnicityCode.of(rs.getString("ethnicity")), rs.getString("religion"), rs.getString("first_languages"),
				disabilities, rs.getString("health_and_needs"), rs.getString("borough_social_worker"),
				rs.getString("borough_team_manager"), rs.getString("family_finding_worker"),
				rs.getString("sibling_group"), siblingPlan, rs.getString("sibling_plan_reason"),
				EarlyPermanence.valueOf(rs.getString("early_permanence")), rs.getString("early_permanence_outcome"));
		var lifeStory = new LifeStoryWork(Optional.empty(), date(rs, "celebration_hearing"),
				date(rs, "life_story_started"), date(rs, "life_story_first_stage"), date(rs, "life_story_completed"),
				date(rs, "later_life_letter_given"));
		return new Row(rs.getObject("id", UUID.class), rs.getString("borough_code"), details, lifeStory);
	}

	private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
		return Optional.ofNullable(rs.getObject(column, LocalDate.class));
	}

	private static JourneyEntry entry(ResultSet rs) throws SQLException {
		var corrects = rs.getObject("corrects", UUID.class);
		Optional<Correction> correction = corrects == null ? Optional.empty()
				: Optional.of(rs.getBoolean("withdrawal")
						? Correction.withdrawing(new JourneyEntryId(corrects), rs.getString("correction_reason"))
						: Correction.replacing(new JourneyEntryId(corrects), rs.getString("correction_reason")));
		String reason = rs.getString("reason");
		return new JourneyEntry(new JourneyEntryId(rs.getObject("id", UUID.class)),
				JourneyEventType.valueOf(rs.getString("event_type")), rs.getObject("event_date", LocalDate.class),
				reason == null ? Optional.empty() : Optional.of(ReasonAdoptionNoLongerThePlan.of(reason)),
				Optional.ofNullable(rs.getString("note")), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("recorded_by"), correction);
	}
}
