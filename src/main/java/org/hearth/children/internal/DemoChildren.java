package org.hearth.children.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.children.Birth;
import org.hearth.children.Child;
import org.hearth.children.ChildDetails;
import org.hearth.children.ChildId;
import org.hearth.children.DisabilityCode;
import org.hearth.children.Disabilities;
import org.hearth.children.EarlyPermanence;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Journey;
import org.hearth.children.JourneyEvent;
import org.hearth.children.JourneyEventType;
import org.hearth.children.LifeStoryWork;
import org.hearth.children.ReasonAdoptionNoLongerThePlan;
import org.hearth.children.Sex;
import org.hearth.children.SiblingPlan;
import org.hearth.children.TrackerStage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.hearth.children.JourneyEventType.*;

/**
 * Synthetic children for the demo, deterministic from the demo seed. Adopt London East's boroughs get
 * the annual report's tracker table exactly (Tower Hamlets 60, Barking and Dagenham 52, Newham 39,
 * Havering 14 across the stages); the other agencies' boroughs get similar volumes, with some children
 * already adopted. Every journey is recorded through {@link Journey#record}, so it keeps every rule.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("hearth.demo.enabled")
class DemoChildren implements ApplicationRunner {

	/** Stage counts per borough, in the order of {@link #ROWS}. */
	private static final List<TrackerStage> ROWS = List.of(TrackerStage.UNBORN_BABY, TrackerStage.EARLY_MONITOR,
			TrackerStage.PARALLEL_PLANNING, TrackerStage.ADM, TrackerStage.FAMILY_FINDING,
			TrackerStage.PROGRESS_TO_MATCH, TrackerStage.MATCHED_PLACED, TrackerStage.ADOPTION_NO_LONGER_THE_PLAN,
			TrackerStage.ADOPTED);

	static final Map<String, int[]> EAST = new LinkedHashMap<>();
	static {
		// Newham, LBBB, Havering, Tower Hamlets: the annual report's table (no adopted row there)
		EAST.put("E09000025", new int[] { 2, 10, 1, 1, 6, 4, 14, 1, 0 });
		EAST.put("E09000002", new int[] { 0, 1, 17, 1, 8, 4, 21, 0, 0 });
		EAST.put("E09000016", new int[] { 0, 0, 2, 0, 4, 0, 6, 2, 0 });
		EAST.put("E09000030", new int[] { 7, 2, 21, 0, 19, 6, 1, 4, 0 });
	}

	private static final String[] FIRST = { "Amara", "Leo", "Zara", "Kian", "Maya", "Theo", "Isla", "Omar", "Ruby",
			"Eli", "Ava", "Noah", "Lila", "Ezra", "Nia", "Finn", "Sofia", "Reuben", "Ayla", "Jude", "Mila", "Idris",
			"Hana", "Caleb", "Esme", "Tariq", "Freya", "Milo", "Aisha", "Rory" };

	private static final String[] LAST = { "Ashcombe", "Brindle", "Calloway", "Dunmore", "Elsworth", "Fenwick",
			"Garside", "Hollins", "Ingram", "Jessop", "Kirkby", "Lowther", "Marsden", "Norbury", "Oakley", "Penrose",
			"Quarrie", "Rushton", "Stanway", "Thackery", "Upton", "Varley", "Whitfield", "Yardley" };

	private static final EthnicityCode[] ETHNICITIES = { EthnicityCode.WBRI, EthnicityCode.WBRI, EthnicityCode.WBRI,
			EthnicityCode.WOTH, EthnicityCode.MWBC, EthnicityCode.MWBA, EthnicityCode.MWAS, EthnicityCode.MOTH,
			EthnicityCode.ABAN, EthnicityCode.APKN, EthnicityCode.AIND, EthnicityCode.BAFR, EthnicityCode.BCRB,
			EthnicityCode.BOTH, EthnicityCode.WROM, EthnicityCode.OOTH, EthnicityCode.NOBT };

	private final ChildStore store;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final long seed;

	DemoChildren(ChildStore store, JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${hearth.demo.seed}") long seed) {
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT COUNT(*) FROM child").query(Long.class).single() > 0) {
			return;
		}
		var random = new Random(seed);
		LocalDate today = LocalDate.now(clock);
		var plan = new LinkedHashMap<String, int[]>(EAST);
		var others = jdbc.sql("SELECT ons_code FROM local_authority WHERE agency_id <> 'adopt-london-east' ORDER BY ons_code")
			.query(String.class)
			.list();
		var pattern = new ArrayList<>(EAST.values());
		for (int i = 0; i < others.size(); i++) {
			int[] counts = pattern.get(i % pattern.size()).clone();
			counts[8] = 3 + random.nextInt(6);
			plan.put(others.get(i), counts);
		}
		var prefixes = new java.util.HashMap<String, String>();
		jdbc.sql("SELECT ons_code, name FROM local_authority").query(rs -> {
			prefixes.put(rs.getString("ons_code"), prefix(rs.getString("name")));
		});
		int made = 0;
		for (var borough : plan.entrySet()) {
			int number = 1;
			for (int row = 0; row < ROWS.size(); row++) {
				for (int n = 0; n < borough.getValue()[row]; n++) {
					String reference = prefixes.get(borough.getKey()) + "-" + String.format("%04d", number++);
					store.add(child(borough.getKey(), reference, ROWS.get(row), today, random), clock.instant());
					made++;
				}
			}
		}
		audit.recordFor("demo-data", AuditRecord.created(AuditScope.administration(), "children", null, "Demo children loaded: " + made, null));
	}

	/** A case reference prefix from the borough's name: TH for Tower Hamlets, HAV for Havering. */
	static String prefix(String name) {
		var words = java.util.Arrays.stream(name.split(" ")).filter(w -> !w.equals("and") && !w.equals("upon")).toList();
		if (words.size() == 1) {
			return words.get(0).substring(0, 3).toUpperCase(java.util.Locale.ROOT);
		}
		return words.stream().map(w -> w.substring(0, 1)).reduce("", String::concat).toUpperCase(java.util.Locale.ROOT);
	}

	private Child child(String borough, String reference, TrackerStage stage, LocalDate today, Random random) {
		var id = ChildId.newId();
		var fixed = Clock.fixed(today.atStartOfDay(ZoneId.of("Europe/London")).plusHours(12).toInstant(),
				ZoneId.of("Europe/London"));
		var steps = steps(stage, random);
		int span = steps.values().stream().mapToInt(Integer::intValue).sum();
		Birth birth;
		LocalDate start;
		if (stage == TrackerStage.UNBORN_BABY) {
			birth = Birth.expectedOn(today.plusDays(20 + random.nextInt(120)));
			start = today.minusDays(10 + random.nextInt(60));
		}
		else {
			start = today.minusDays(span + 5 + random.nextInt(120));
			int ageAtCare = random.nextInt(10) < 6 ? random.nextInt(200) : random.nextInt(6 * 365);
			birth = Birth.on(start.minusDays(ageAtCare));
		}
		var journey = Journey.start(id, birth);
		LocalDate date = start;
		for (var step : steps.entrySet()) {
			date = date.plusDays(step.getValue());
			var event = step.getKey() == ADOPTION_NO_LONGER_THE_PLAN
					? JourneyEvent.adoptionNoLongerThePlan(date,
							ReasonAdoptionNoLongerThePlan.values()[random.nextInt(4)])
					: JourneyEvent.of(step.getKey(), date);
			journey.record(event, "demo-data", fixed);
		}
		journey.clearDomainEvents();
		var ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
		var siblings = random.nextInt(5) == 0 ? SiblingPlan.togetherWith(1 + random.nextInt(2))
				: random.nextInt(3) == 0 ? SiblingPlan.notDecided() : SiblingPlan.placedAlone();
		var disabilities = random.nextInt(8) == 0 ? Disabilities.of(DisabilityCode.values()[1 + random.nextInt(12)])
				: random.nextInt(4) == 0 ? Disabilities.notRecorded() : Disabilities.none();
		String first = FIRST[random.nextInt(FIRST.length)];
		String last = LAST[random.nextInt(LAST.length)];
		var details = new ChildDetails(reference, first, last,
				stage.compareTo(TrackerStage.PROGRESS_TO_MATCH) >= 0 && random.nextBoolean() ? first + " " + LAST[random.nextInt(LAST.length)] : null,
				birth, random.nextBoolean() ? Sex.of("1") : Sex.of("2"), ethnicity, null, null, disabilities, null,
				"Borough worker " + (1 + random.nextInt(12)), "Borough manager " + (1 + random.nextInt(3)),
				EAST.containsKey(borough) && random.nextInt(10) < 7 ? "ale.worker" : null,
				siblings.siblingsToBePlacedWith() > 0 ? "SG-" + reference : null, siblings, null,
				random.nextInt(6) == 0 ? EarlyPermanence.FOSTERING_FOR_ADOPTION : EarlyPermanence.NOT_CONSIDERED, null);
		return new Child(id, borough, details, journey, LifeStoryWork.notStarted());
	}

	/** The events that bring a child to the stage, each with the days since the one before. */
	private static Map<JourneyEventType, Integer> steps(TrackerStage stage, Random random) {
		var steps = new EnumMap<JourneyEventType, Integer>(JourneyEventType.class);
		if (stage == TrackerStage.UNBORN_BABY) {
			steps.put(EARLY_MONITORING, 0);
			return steps;
		}
		steps.put(ENTERED_CARE, 0);
		steps.put(EARLY_MONITORING, 5 + random.nextInt(40));
		if (stage == TrackerStage.EARLY_MONITOR) {
			return steps;
		}
		steps.put(PARALLEL_PLANNING, 20 + random.nextInt(60));
		if (stage == TrackerStage.PARALLEL_PLANNING) {
			return steps;
		}
		steps.put(CHILDS_PERMANENCE_REPORT, 30 + random.nextInt(60));
		steps.put(SHOULD_BE_PLACED_DECISION, 7 + random.nextInt(30));
		if (stage == TrackerStage.ADM) {
			return steps;
		}
		if (stage == TrackerStage.ADOPTION_NO_LONGER_THE_PLAN) {
			steps.put(ADOPTION_NO_LONGER_THE_PLAN, 30 + random.nextInt(120));
			return steps;
		}
		steps.put(FAMILY_FINDING_STARTED, 1 + random.nextInt(14));
		steps.put(PLACEMENT_ORDER, 30 + random.nextInt(120));
		if (stage == TrackerStage.FAMILY_FINDING) {
			return steps;
		}
		steps.put(LINKED, 20 + random.nextInt(150));
		if (stage == TrackerStage.PROGRESS_TO_MATCH) {
			if (random.nextBoolean()) {
				steps.put(MATCHING_PANEL, 20 + random.nextInt(40));
			}
			return steps;
		}
		steps.put(MATCHING_PANEL, 20 + random.nextInt(40));
		steps.put(MATCH_DECISION, 3 + random.nextInt(10));
		steps.put(PLACED_FOR_ADOPTION, 10 + random.nextInt(30));
		if (stage == TrackerStage.MATCHED_PLACED) {
			return steps;
		}
		steps.put(ADOPTION_ORDER_APPLICATION, 71 + random.nextInt(120));
		steps.put(ADOPTION_ORDER, 30 + random.nextInt(120));
		return steps;
	}
}
