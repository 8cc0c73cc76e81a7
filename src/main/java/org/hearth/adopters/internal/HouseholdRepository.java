package org.hearth.adopters.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.adopters.Applicant;
import org.hearth.adopters.ApprovalRange;
import org.hearth.adopters.CheckKind;
import org.hearth.adopters.Household;
import org.hearth.adopters.Household.Journey;
import org.hearth.adopters.HouseholdMember;
import org.hearth.adopters.LeavingReason;
import org.hearth.adopters.StatutoryCheck;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores households with their applicants, members, checks and approval range. */
@Repository
public class HouseholdRepository {

	private final JdbcClient jdbc;

	HouseholdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Household> byId(UUID id) {
		return jdbc.sql("SELECT * FROM household WHERE id = :id").param("id", id).query(this::household).optional();
	}

	public List<Household> ofAgency(String agencyId) {
		return jdbc.sql("SELECT * FROM household WHERE agency_id = :agency ORDER BY created_at DESC")
			.param("agency", agencyId)
			.query(this::household)
			.list();
	}

	/** Households that may be in process: not left, not approved, past the enquiry. */
	/** Households of every agency that matching may look at: approved, or assessed since stage 2 began, and not left. */
	public List<Household> approvedOrInStage2() {
		return jdbc.sql("""
				SELECT * FROM household WHERE left_on IS NULL
				AND (approved_on IS NOT NULL OR stage2_started_on IS NOT NULL) ORDER BY id""")
			.query(this::household)
			.list();
	}

	public List<Household> beingAssessed() {
		return jdbc.sql("""
				SELECT * FROM household WHERE left_on IS NULL AND approved_on IS NULL
				AND (roi_accepted_on IS NOT NULL OR stage2_started_on IS NOT NULL) ORDER BY created_at""")
			.query(this::household)
			.list();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
	}

	/** A household of the agency, still in touch, with the same email address or phone number. */
	public Optional<UUID> sameContact(String agencyId, String email, String phone) {
		String mail = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		String digits = phone == null ? "" : phone.replaceAll("\\D", "");
		return jdbc.sql("""
				SELECT id, email, phone FROM household WHERE agency_id = :agency AND left_on IS NULL
				ORDER BY created_at""")
			.param("agency", agencyId)
			.query((rs, n) -> {
				String e = rs.getString("email");
				String p = rs.getString("phone");
				boolean sameMail = !mail.isEmpty() && e != null && e.trim().toLowerCase(Locale.ROOT).equals(mail);
				boolean samePhone = digits.length() >= 6 && p != null && p.replaceAll("\\D", "").equals(digits);
				return sameMail || samePhone ? rs.getObject("id", UUID.class) : null;
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/**
	 * The next household reference, numbered from a database sequence so that enquiries arriving together
	 * never share one; numbers already taken by older records are skipped.
	 */
	public String nextReference(LocalDate on) {
		String reference;
		do {
			long n = jdbc.sql("SELECT nextval('household_reference_numbers')").query(Long.class).single();
			reference = "H" + on.getYear() + "-" + String.format("%05d", n);
		}
		while (jdbc.sql("SELECT COUNT(*) FROM household WHERE reference = :r").param("r", reference).query(Long.class)
			.single() > 0);
		return reference;
	}

	/** Notes that a new household may repeat another, for staff to decide. */
	public void notePossibleDuplicate(UUID household, UUID other, Instant now) {
		jdbc.sql("INSERT INTO possible_duplicate (household_id, other_id, found_at) VALUES (:h, :o, :at)")
			.param("h", household).param("o", other).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	/** The households this one may repeat that no one has decided about yet. */
	public List<UUID> undecidedDuplicatesOf(UUID household) {
		return jdbc.sql("SELECT other_id FROM possible_duplicate WHERE household_id = :h AND decision IS NULL ORDER BY found_at")
			.param("h", household).query(UUID.class).list();
	}

	/** Records the decision about a possible duplicate; false if there was none undecided. */
	public boolean decideDuplicate(UUID household, UUID other, String decision, String by, Instant now) {
		return jdbc.sql("""
				UPDATE possible_duplicate SET decision = :d, decided_by = :by, decided_at = :at
				WHERE household_id = :h AND other_id = :o AND decision IS NULL""")
			.param("d", decision).param("by", by).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("h", household).param("o", other).update() == 1;
	}

	/** Inserts a new household or updates one, failing if another change saved it since it was read. */
	public void save(Household household, Instant now) {
		var columns = columns(household);
		if (household.version() == 0 && byId(household.id()).isEmpty()) {
			columns.put("createdAt", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
			jdbc.sql("INSERT INTO household (" + String.join(", ", COLUMNS.values()) + ", created_at, version) VALUES ("
					+ String.join(", ", COLUMNS.keySet().stream().map(k -> ":" + k).toList()) + ", :createdAt, 1)")
				.params(columns)
				.update();
		}
		else {
			var sets = COLUMNS.entrySet().stream().map(e -> e.getValue() + " = :" + e.getKey()).toList();
			int rows = jdbc.sql("UPDATE household SET " + String.join(", ", sets)
					+ ", version = version + 1 WHERE id = :id AND version = :version")
				.params(columns)
				.param("version", household.version())
				.update();
			if (rows != 1) {
				throw new OptimisticLockingFailureException("Someone else changed this household; open it again");
			}
		}
		int position = 0;
		for (Applicant a : household.applicants()) {
			upsert("applicant", a.id(), values(entry("household_id", household.id()),
					entry("position", position++), entry("name", a.name()),
					entry("date_of_birth", a.dateOfBirth()), entry("sex", name(a.sex())),
					entry("ethnicity", a.ethnicity()), entry("religion", a.religion()),
					entry("languages", a.languages()), entry("sexuality", name(a.sexuality())),
					entry("sexuality_described", a.sexualityDescribed()), entry("disability", a.disability())));
		}
		for (HouseholdMember m : household.members()) {
			upsert("household_member", m.id(), values(entry("household_id", household.id()), entry("name", m.name()),
					entry("date_of_birth", m.dateOfBirth()), entry("relationship", m.relationship().name())));
		}
		for (StatutoryCheck c : household.checks()) {
			upsert("statutory_check", c.id(), values(entry("household_id", household.id()),
					entry("person_id", c.personId()), entry("kind", c.kind().name()), entry("referee", c.referee()),
					entry("referee_related", c.refereeRelated()), entry("requested_on", c.requestedOn()),
					entry("returned_on", c.returnedOn()), entry("outcome", name(c.outcome())),
					entry("expires_on", c.expiresOn())));
		}
		household.approvalRange().ifPresent(r -> {
			var values = new HashMap<String, Object>();
			values.put("children_up_to", r.childrenUpTo());
			values.put("youngest_age", r.youngestAge());
			values.put("oldest_age", r.oldestAge());
			values.put("sexes", r.sexes().name());
			values.put("sibling_group", r.siblingGroup());
			values.put("needs", r.needsText());
			values.put("heritage", r.heritage());
			values.put("early_permanence", r.earlyPermanence());
			values.put("contact", r.contact());
			values.put("contact_kinds", r.contactKindsText());
			values.put("max_distance_miles", r.maxDistanceMiles());
			upsertBy("approval_range", "household_id", household.id(), values);
		});
	}

	@SafeVarargs
	private static Map<String, Object> values(Map.Entry<String, Object>... entries) {
		var map = new HashMap<String, Object>();
		for (var e : entries) {
			map.put(e.getKey(), e.getValue());
		}
		return map;
	}

	private static Map.Entry<String, Object> entry(String key, Object value) {
		return new java.util.AbstractMap.SimpleEntry<>(key, value);
	}

	private void upsert(String table, UUID id, Map<String, Object> values) {
		upsertBy(table, "id", id, values);
	}

	private void upsertBy(String table, String key, UUID id, Map<String, Object> values) {
		var names = values.keySet().stream().sorted().toList();
		var params = new HashMap<String, Object>(values);
		params.put("key", id);
		int rows = jdbc.sql("UPDATE " + table + " SET " + String.join(", ", names.stream().map(n -> n + " = :" + n).toList())
				+ " WHERE " + key + " = :key")
			.params(params)
			.update();
		if (rows == 0) {
			jdbc.sql("INSERT INTO " + table + " (" + key + ", " + String.join(", ", names) + ") VALUES (:key, "
					+ String.join(", ", names.stream().map(n -> ":" + n).toList()) + ")")
				.params(params)
				.update();
		}
	}

	/** Parameter name to column, for the household row. */
	private static final Map<String, String> COLUMNS = new java.util.LinkedHashMap<>();
	static {
		for (String column : List.of("id", "reference", "agency_id", "borough_code", "contact_name", "email", "phone",
				"address", "postcode", "relationship", "named_worker", "enquiry_on", "fast_track", "roi_accepted_on",
				"stage1_plan_agreed_on", "stage1_extension_reason", "stage1_decision_on", "stage1_outcome",
				"stage2_started_on", "stage2_extension_reason", "training_attended_on", "par_drafted_on", "par_shared_on",
				"par_comments_on", "par_quality_assured_on", "ready_for_panel_on", "panel_on", "panel_recommendation",
				"decision_on", "decision", "qd_on", "qd_kind", "qd_response_on", "qd_response", "final_decision_on",
				"final_decision", "approved_on", "approval_ended_on", "child_placed_on", "adoption_order_on", "left_on",
				"left_because")) {
			COLUMNS.put(column.replace("_", ""), column);
		}
	}

	private static Map<String, Object> columns(Household h) {
		Journey j = h.journey();
		var c = new HashMap<String, Object>();
		c.put("id", h.id());
		c.put("reference", h.reference());
		c.put("agencyid", h.agencyId());
		c.put("boroughcode", h.boroughCode());
		c.put("contactname", h.contactName());
		c.put("email", h.email());
		c.put("phone", h.phone());
		c.put("address", h.address());
		c.put("postcode", h.postcode());
		c.put("relationship", name(h.relationship()));
		c.put("namedworker", h.namedWorker());
		c.put("enquiryon", j.enquiryOn);
		c.put("fasttrack", name(j.fastTrack));
		c.put("roiacceptedon", j.roiAcceptedOn);
		c.put("stage1planagreedon", j.stage1PlanAgreedOn);
		c.put("stage1extensionreason", j.stage1ExtensionReason);
		c.put("stage1decisionon", j.stage1DecisionOn);
		c.put("stage1outcome", name(j.stage1Outcome));
		c.put("stage2startedon", j.stage2StartedOn);
		c.put("stage2extensionreason", j.stage2ExtensionReason);
		c.put("trainingattendedon", j.trainingAttendedOn);
		c.put("pardraftedon", j.parDraftedOn);
		c.put("parsharedon", j.parSharedOn);
		c.put("parcommentson", j.parCommentsOn);
		c.put("parqualityassuredon", j.parQualityAssuredOn);
		c.put("readyforpanelon", j.readyForPanelOn);
		c.put("panelon", j.panelOn);
		c.put("panelrecommendation", name(j.panelRecommendation));
		c.put("decisionon", j.decisionOn);
		c.put("decision", name(j.decision));
		c.put("qdon", j.qdOn);
		c.put("qdkind", name(j.qdKind));
		c.put("qdresponseon", j.qdResponseOn);
		c.put("qdresponse", name(j.qdResponse));
		c.put("finaldecisionon", j.finalDecisionOn);
		c.put("finaldecision", name(j.finalDecision));
		c.put("approvedon", j.approvedOn);
		c.put("approvalendedon", j.approvalEndedOn);
		c.put("childplacedon", j.childPlacedOn);
		c.put("adoptionorderon", j.adoptionOrderOn);
		c.put("lefton", j.leftOn);
		c.put("leftbecause", name(j.leftBecause));
		return c;
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private Household household(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		var j = new Journey();
		j.enquiryOn = date(rs, "enquiry_on");
		j.fastTrack = enumOf(Household.FastTrack.class, rs.getString("fast_track"));
		j.roiAcceptedOn = date(rs, "roi_accepted_on");
		j.stage1PlanAgreedOn = date(rs, "stage1_plan_agreed_on");
		j.stage1ExtensionReason = rs.getString("stage1_extension_reason");
		j.stage1DecisionOn = date(rs, "stage1_decision_on");
		j.stage1Outcome = enumOf(Household.Stage1Outcome.class, rs.getString("stage1_outcome"));
		j.stage2StartedOn = date(rs, "stage2_started_on");
		j.stage2ExtensionReason = rs.getString("stage2_extension_reason");
		j.trainingAttendedOn = date(rs, "training_attended_on");
		j.parDraftedOn = date(rs, "par_drafted_on");
		j.parSharedOn = date(rs, "par_shared_on");
		j.parCommentsOn = date(rs, "par_comments_on");
		j.parQualityAssuredOn = date(rs, "par_quality_assured_on");
		j.readyForPanelOn = date(rs, "ready_for_panel_on");
		j.panelOn = date(rs, "panel_on");
		j.panelRecommendation = enumOf(Household.PanelRecommendation.class, rs.getString("panel_recommendation"));
		j.decisionOn = date(rs, "decision_on");
		j.decision = enumOf(Household.AgencyDecision.class, rs.getString("decision"));
		j.qdOn = date(rs, "qd_on");
		j.qdKind = enumOf(Household.DeterminationKind.class, rs.getString("qd_kind"));
		j.qdResponseOn = date(rs, "qd_response_on");
		j.qdResponse = enumOf(Household.DeterminationResponse.class, rs.getString("qd_response"));
		j.finalDecisionOn = date(rs, "final_decision_on");
		j.finalDecision = enumOf(Household.FinalDecision.class, rs.getString("final_decision"));
		j.approvedOn = date(rs, "approved_on");
		j.approvalEndedOn = date(rs, "approval_ended_on");
		j.childPlacedOn = date(rs, "child_placed_on");
		j.adoptionOrderOn = date(rs, "adoption_order_on");
		j.leftOn = date(rs, "left_on");
		j.leftBecause = enumOf(LeavingReason.class, rs.getString("left_because"));
		var applicants = jdbc.sql("SELECT * FROM applicant WHERE household_id = :id ORDER BY position")
			.param("id", id)
			.query((r, n) -> new Applicant(r.getObject("id", UUID.class), r.getString("name"), date(r, "date_of_birth"),
					enumOf(Applicant.Sex.class, r.getString("sex")), r.getString("ethnicity"), r.getString("religion"),
					r.getString("languages"), enumOf(Applicant.Sexuality.class, r.getString("sexuality")),
					r.getString("sexuality_described"), r.getString("disability")))
			.list();
		var members = jdbc.sql("SELECT * FROM household_member WHERE household_id = :id ORDER BY date_of_birth")
			.param("id", id)
			.query((r, n) -> new HouseholdMember(r.getObject("id", UUID.class), r.getString("name"),
					date(r, "date_of_birth"), HouseholdMember.Relationship.valueOf(r.getString("relationship"))))
			.list();
		var checks = jdbc.sql("SELECT * FROM statutory_check WHERE household_id = :id ORDER BY requested_on, kind")
			.param("id", id)
			.query((r, n) -> new StatutoryCheck(r.getObject("id", UUID.class), r.getObject("person_id", UUID.class),
					CheckKind.valueOf(r.getString("kind")), r.getString("referee"), r.getBoolean("referee_related"),
					date(r, "requested_on"), date(r, "returned_on"),
					enumOf(StatutoryCheck.Outcome.class, r.getString("outcome")), date(r, "expires_on")))
			.list();
		var range = jdbc.sql("SELECT * FROM approval_range WHERE household_id = :id")
			.param("id", id)
			.query((r, n) -> new ApprovalRange(r.getInt("children_up_to"), r.getInt("youngest_age"),
					r.getInt("oldest_age"), ApprovalRange.Sexes.valueOf(r.getString("sexes")),
					r.getBoolean("sibling_group"), ApprovalRange.needsOf(r.getString("needs")), r.getString("heritage"),
					r.getBoolean("early_permanence"), ApprovalRange.contactKindsOf(r.getString("contact_kinds")),
					r.getString("contact"),
					(Integer) r.getObject("max_distance_miles", Integer.class)))
			.optional()
			.orElse(null);
		return new Household(id, rs.getString("reference"), rs.getString("agency_id"), rs.getString("borough_code"),
				rs.getString("contact_name"), rs.getString("email"), rs.getString("phone"), rs.getString("address"),
				rs.getString("postcode"), enumOf(Household.Relationship.class, rs.getString("relationship")),
				rs.getString("named_worker"), j, applicants, members, checks, range, rs.getInt("version"));
	}
}
