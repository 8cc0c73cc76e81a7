package org.hearth.adopters.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.hearth.adopters.Applicant;
import org.hearth.adopters.Applicant.Sex;
import org.hearth.adopters.Applicant.Sexuality;
import org.hearth.adopters.CheckKind;
import org.hearth.adopters.Enquiry;
import org.hearth.adopters.Household;
import org.hearth.adopters.HouseholdMember;
import org.hearth.adopters.JourneyRules;
import org.hearth.adopters.LeavingReason;
import org.hearth.adopters.LogEntry;
import org.hearth.adopters.StatutoryCheck;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.calendar.WorkingDayCalendar;
import org.hearth.organisation.AgencyId;
import org.hearth.organisation.LocalAuthority;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo households for every agency, shaped like the adopter workload table of Adopt London East's
 * annual report (at March: 21 at enquiry, 17 in stage 1, 9 in stage 2, 19 approved and waiting,
 * 18 with a child placed before the order), with history behind them: adopted, withdrawn, counselled
 * out. Other agencies get the same shape, scaled. Deterministic for a seed and a date; every step goes
 * through the household's own rules. The people are invented. Loaded once, on an empty table.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("hearth.demo.enabled")
class DemoHouseholds implements ApplicationRunner {

	private static final String[] FIRST_WOMEN = { "Amara", "Bethan", "Chloe", "Delia", "Esme", "Fern", "Greta", "Hana",
			"Imogen", "Jodie", "Kezia", "Lena", "Mina", "Nadia", "Orla", "Petra", "Rhea", "Saira", "Tamsin", "Vida" };

	private static final String[] FIRST_MEN = { "Aled", "Bram", "Cal", "Dev", "Eben", "Felix", "Gideon", "Hugo", "Idris",
			"Jonah", "Kofi", "Linus", "Milo", "Nico", "Osian", "Pavel", "Rafe", "Silas", "Tobin", "Wren" };

	private static final String[] SURNAMES = { "Ashcombe", "Bellweather", "Carrowmore", "Dunstable", "Elmsworth",
			"Farrowdale", "Greythorne", "Hollinsby", "Ivesworth", "Jessamy", "Kettleby", "Larkhill", "Marchbank",
			"Netherby", "Oakhurst", "Pellowe", "Quenby", "Rowanby", "Saltmarsh", "Thistlewood", "Underhay", "Vellacott",
			"Winterbourne", "Yarrowby" };

	private static final String[] ETHNICITIES = { "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI",
			"WBRI", "WBRI", "WBRI", "WOTH", "WOTH", "WIRI", "BAFR", "BCRB", "MWBC", "MWAS", "AIND", "APKN", "ABAN" };

	/** Where the household is today. */
	enum Target {
		ENQUIRY, STAGE_1, BETWEEN, STAGE_2, READY, AWAITING, APPROVED, PLACED, ORDER
	}

	/** The annual report's March figures for Adopt London East, and history behind them. */
	private static final int[][] EAST = {
			{ 21, 0 }, { 14, 1 }, { 3, 2 }, { 7, 3 }, { 1, 4 }, { 1, 5 }, { 19, 6 }, { 18, 7 }, { 30, 8 } };

	private final HouseholdRepository households;

	private final HouseholdLog log;

	private final OrganisationDirectory organisation;

	private final WorkingDayCalendar calendar;

	private final JourneyRules rules;

	private final AuditLog audit;

	private final Clock clock;

	private final long seed;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	DemoHouseholds(org.springframework.jdbc.core.simple.JdbcClient jdbc, HouseholdRepository households, HouseholdLog log, OrganisationDirectory organisation,
			WorkingDayCalendar calendar, JourneyRules rules, AuditLog audit, Clock clock,
			@Value("${hearth.demo.seed}") long seed) {
		this.jdbc = jdbc;
		this.households = households;
		this.log = log;
		this.organisation = organisation;
		this.calendar = calendar;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (households.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		var random = new Random(seed);
		int total = 0;
		for (var agency : organisation.agencies()) {
			double scale = switch (agency.id().value()) {
				case "adopt-london-east" -> 1.0;
				case "adopt-london-north" -> 0.8;
				case "adopt-london-south" -> 0.9;
				default -> 0.7;
			};
			var boroughs = organisation.localAuthoritiesOf(agency.id());
			String worker = switch (agency.id().value()) {
				case "adopt-london-east" -> "ale.worker";
				case "adopt-london-north" -> "aln.worker";
				default -> null;
			};
			boolean expiredShown = false;
			for (int[] row : EAST) {
				Target target = Target.values()[row[1]];
				int count = (int) Math.round(row[0] * scale);
				for (int i = 0; i < count; i++) {
					var h = household(random, agency.id(), boroughs, today, target, worker, total);
					if (!expiredShown && target == Target.STAGE_2 && agency.id().value().equals("adopt-london-east")) {
						expireFirstDbs(h, today);
						expiredShown = true;
					}
					total++;
				}
			}
			events(random, agency.id(), today);
			// history: households that left along the way
			int leavers = (int) Math.round(25 * scale);
			for (int i = 0; i < leavers; i++) {
				leaver(random, agency.id(), boroughs, today, worker, total++);
			}
		}
		audit.recordFor("demo-data", AuditRecord.created(AuditScope.administration(), "household", "demo", "Demo households loaded: " + total, null));
	}

	/** Two information events behind and two ahead, with bookings from households at enquiry. */
	private void events(Random random, AgencyId agency, LocalDate today) {
		var atEnquiry = households.ofAgency(agency.value()).stream()
			.filter(h -> h.stage() == org.hearth.adopters.Stage.ENQUIRY)
			.toList();
		int[] offsets = { -40, -12, 9, 30 };
		for (int k = 0; k < offsets.length; k++) {
			UUID id = UUID.randomUUID();
			LocalDate on = today.plusDays(offsets[k]);
			jdbc.sql("INSERT INTO information_event (id, agency_id, title, held_on, place, capacity) VALUES (:id, :agency, :title, :on, :place, 25)")
				.param("id", id).param("agency", agency.value())
				.param("title", k % 2 == 0 ? "Thinking about adoption: an evening talk" : "Adoption information morning")
				.param("on", on).param("place", k % 2 == 0 ? "Community hall" : "Online")
				.update();
			for (int i = k; i < atEnquiry.size(); i += offsets.length) {
				var h = atEnquiry.get(i);
				LocalDate booked = h.journey().enquiryOn;
				if (booked.isAfter(on) || booked.isAfter(today)) {
					continue;
				}
				boolean past = on.isBefore(today);
				jdbc.sql("INSERT INTO event_booking (event_id, household_id, booked_on, attended) VALUES (:e, :h, :b, :a)")
					.param("e", id).param("h", h.id()).param("b", booked)
					.param("a", past ? (Object) (random.nextInt(4) > 0) : null, java.sql.Types.BOOLEAN)
					.update();
			}
		}
	}

	private int between(Random random, int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

	private Household household(Random random, AgencyId agency, List<LocalAuthority> boroughs, LocalDate today,
			Target target, String worker, int n) {
		// the date of the last step taken, then each earlier step backwards
		int[] inStage = switch (target) {
			case ENQUIRY -> new int[] { 0, 60 };
			case STAGE_1 -> new int[] { 0, 75 };
			case BETWEEN -> new int[] { 0, 50 };
			case STAGE_2 -> new int[] { 0, 125 };
			case READY -> new int[] { 0, 12 };
			case AWAITING -> new int[] { 0, 4 };
			case APPROVED -> new int[] { 0, 600 };
			case PLACED -> new int[] { 0, 280 };
			case ORDER -> new int[] { 0, 900 };
		};
		LocalDate last = today.minusDays(between(random, inStage[0], inStage[1]));
		var dates = new LocalDate[9];
		dates[target.ordinal()] = last;
		int[][] gaps = { { 14, 50 }, { 45, 72 }, { 7, 45 }, { 95, 122 }, { 10, 25 }, { 2, 8 }, { 30, 400 }, { 180, 400 } };
		for (int k = target.ordinal(); k > 0; k--) {
			dates[k - 1] = dates[k].minusDays(between(random, gaps[k - 1][0], gaps[k - 1][1]));
		}
		var h = start(random, agency, boroughs, dates[0], worker, n);
		walk(random, h, dates, today);
		finish(random, h, today, worker);
		return h;
	}

	private void leaver(Random random, AgencyId agency, List<LocalAuthority> boroughs, LocalDate today, String worker,
			int n) {
		Target reached = Target.values()[random.nextInt(4) == 0 ? 3 : random.nextInt(3)];
		var dates = new LocalDate[9];
		LocalDate leftOn = today.minusDays(between(random, 5, 700));
		dates[reached.ordinal()] = leftOn.minusDays(between(random, 5, 40));
		int[][] gaps = { { 14, 50 }, { 45, 72 }, { 7, 45 }, { 95, 122 } };
		for (int k = reached.ordinal(); k > 0; k--) {
			dates[k - 1] = dates[k].minusDays(between(random, gaps[k - 1][0], gaps[k - 1][1]));
		}
		var h = start(random, agency, boroughs, dates[0], worker, n);
		walk(random, h, dates, today);
		LeavingReason reason = switch (random.nextInt(6)) {
			case 0 -> LeavingReason.COUNSELLED_OUT;
			case 1 -> LeavingReason.ON_HOLD;
			default -> LeavingReason.WITHDREW;
		};
		h.leave(leftOn, reason);
		households.save(h, clock.instant());
	}

	private Household start(Random random, AgencyId agency, List<LocalAuthority> boroughs, LocalDate enquiryOn,
			String worker, int n) {
		var borough = boroughs.get(random.nextInt(boroughs.size()));
		String surname = SURNAMES[random.nextInt(SURNAMES.length)];
		int type = random.nextInt(100);
		Sex first = type < 64 ? Sex.FEMALE : type < 72 ? Sex.MALE : type < 86 ? Sex.FEMALE : type < 96 ? Sex.FEMALE : Sex.MALE;
		Sex second = type < 64 ? Sex.MALE : type < 72 ? Sex.MALE : type < 78 ? Sex.FEMALE : null;
		String firstName = name(random, first);
		var h = Household.enquiry(String.format("D%d-%05d", enquiryOn.getYear(), n + 1), agency.value(),
				borough.code().value(), firstName + " " + surname,
				firstName.toLowerCase() + "." + surname.toLowerCase() + "." + (n + 1) + "@example.org",
				String.format("01632 96%04d", n % 10000), null, enquiryOn);
		h.describe(h.contactName(), h.email(), h.phone(), (10 + random.nextInt(190)) + " Example Road", null,
				borough.code().value(), second == null ? Household.Relationship.SINGLE
						: random.nextBoolean() ? Household.Relationship.MARRIED : Household.Relationship.COHABITING);
		boolean sameSex = second != null && first == second;
		h.addApplicant(applicant(random, firstName, surname, first, sameSex, enquiryOn));
		if (second != null) {
			h.addApplicant(applicant(random, name(random, second), surname, second, sameSex, enquiryOn));
		}
		if (random.nextInt(8) == 0) {
			h.addMember(new HouseholdMember(UUID.randomUUID(), name(random, random.nextBoolean() ? Sex.FEMALE : Sex.MALE)
					+ " " + surname, enquiryOn.minusYears(between(random, 19, 26)), HouseholdMember.Relationship.ADULT_CHILD));
		}
		households.save(h, clock.instant());
		var source = Enquiry.Source.values()[random.nextInt(Enquiry.Source.values().length)];
		var via = Enquiry.Via.values()[random.nextInt(3)];
		log.addEnquiry(new Enquiry(UUID.randomUUID(), h.id(), enquiryOn, clock.instant(), via, source,
				source == Enquiry.Source.RADIO ? "Spring radio campaign" : null, false, "demo-data"));
		log.add(h.id(), LogEntry.Kind.ENQUIRY, enquiryOn, "Enquiry by " + via.label().toLowerCase(), "demo-data",
				clock.instant());
		var saved = households.byId(h.id()).orElseThrow();
		if (worker != null && random.nextInt(10) > 0) {
			saved.assignWorker(random.nextInt(4) == 0 && worker.startsWith("ale") ? "ale.manager" : worker);
		}
		return saved;
	}

	private String name(Random random, Sex sex) {
		return sex == Sex.FEMALE ? FIRST_WOMEN[random.nextInt(FIRST_WOMEN.length)]
				: FIRST_MEN[random.nextInt(FIRST_MEN.length)];
	}

	private Applicant applicant(Random random, String first, String surname, Sex sex, boolean sameSex, LocalDate on) {
		Sexuality sexuality;
		int s = random.nextInt(20);
		if (sameSex) {
			sexuality = sex == Sex.MALE ? Sexuality.GAY : Sexuality.LESBIAN;
		}
		else {
			sexuality = s == 0 ? Sexuality.BISEXUAL : s == 1 ? Sexuality.NOT_SAID : s == 2 ? null : Sexuality.HETEROSEXUAL;
		}
		return new Applicant(UUID.randomUUID(), first + " " + surname, on.minusYears(between(random, 28, 50))
			.minusDays(random.nextInt(365)), sex, ETHNICITIES[random.nextInt(ETHNICITIES.length)], null, "English",
				sexuality, null, null);
	}

	/** Takes the household through each step whose date is set, through its own rules. */
	private void walk(Random random, Household h, LocalDate[] d, LocalDate today) {
		if (d[1] != null) {
			h.acceptRegistrationOfInterest(d[1]);
			h.agreeStage1Plan(d[1].plusDays(between(random, 3, 10)).isAfter(today) ? d[1] : d[1].plusDays(between(random, 3, 10)));
			requestChecks(random, h, d[1], today, d[2] != null);
			if (d[2] == null && d[1].plusMonths(2).isBefore(today) && random.nextBoolean()) {
				h.extendStage1("Waiting for a reference from overseas");
			}
		}
		if (d[2] != null) {
			h.recordPreparationTraining(d[2].minusDays(between(random, 0, 10)));
			h.recordStage1Decision(d[2], Household.Stage1Outcome.SUITABLE, null);
		}
		if (d[3] != null) {
			h.recordNoticeToProceed(d[3]);
			LocalDate drafted = d[3].plusDays(between(random, 70, 85));
			if (d[4] != null || !drafted.isAfter(today)) {
				h.recordParDrafted(drafted);
				LocalDate shared = drafted.plusDays(3);
				if (!shared.isAfter(today)) {
					h.sharePar(shared);
					if (!shared.plusDays(6).isAfter(today)) {
						h.recordParComments(shared.plusDays(6));
						h.qualityAssurePar(shared.plusDays(8));
					}
				}
			}
		}
		if (d[4] != null) {
			h.readyForPanel(d[4], calendar, rules);
		}
		if (d[5] != null) {
			h.recordPanelRecommendation(d[5], Household.PanelRecommendation.SUITABLE);
		}
		if (d[6] != null) {
			h.recordAgencyDecision(d[6], Household.AgencyDecision.APPROVE);
			int oldest = between(random, 2, 7);
			h.setApprovalRange(demoRange(random, oldest));
		}
		if (d[7] != null) {
			h.recordChildPlaced(d[7]);
		}
		if (d[8] != null) {
			h.recordAdoptionOrder(d[8]);
		}
		if (h.stage() == org.hearth.adopters.Stage.STAGE_2 && h.approvalRange().isEmpty()) {
			var own = new Random(new java.util.SplittableRandom(h.reference().hashCode()).nextLong());
			if (own.nextBoolean()) {
				h.setApprovalRange(demoRange(own, between(own, 2, 6)));
			}
		}
	}

	private void requestChecks(Random random, Household h, LocalDate roi, LocalDate today, boolean allBack) {
		LocalDate requested = roi.plusDays(between(random, 2, 7));
		if (requested.isAfter(today)) {
			return;
		}
		for (var adult : h.adultsOn(requested)) {
			boolean applicant = h.applicants().stream().anyMatch(a -> a.id().equals(adult.id()));
			var kinds = applicant ? List.of(CheckKind.ENHANCED_DBS, CheckKind.LOCAL_AUTHORITY, CheckKind.GP_MEDICAL,
					CheckKind.MEDICAL_ADVISER_REVIEW, CheckKind.EMPLOYER_REFERENCE)
					: List.of(CheckKind.ENHANCED_DBS, CheckKind.LOCAL_AUTHORITY);
			for (CheckKind kind : kinds) {
				var check = h.requestCheck(adult.id(), kind, null, false, requested);
				back(random, h, check, requested, today, allBack);
			}
		}
		for (int i = 0; i < 3; i++) {
			var check = h.requestCheck(null, CheckKind.PERSONAL_REFERENCE, "Referee " + (i + 1), i == 2, requested);
			back(random, h, check, requested, today, allBack);
		}
	}

	private void back(Random random, Household h, StatutoryCheck check, LocalDate requested, LocalDate today,
			boolean allBack) {
		LocalDate returned = requested.plusDays(between(random, 10, 35));
		if (returned.isAfter(today) || (!allBack && random.nextInt(3) == 0)) {
			return;
		}
		LocalDate expires = check.kind() == CheckKind.ENHANCED_DBS || check.kind() == CheckKind.GP_MEDICAL
				? returned.plusYears(3) : null;
		h.recordCheckReturned(check.id(), returned, StatutoryCheck.Outcome.SATISFACTORY, expires);
	}

	/** One household in stage 2 whose DBS check has run out, to show how it blocks "ready for panel". */
	private void expireFirstDbs(Household h, LocalDate today) {
		var saved = households.byId(h.id()).orElseThrow();
		var applicant = saved.applicants().get(0);
		saved.checks().stream()
			.filter(c -> c.kind() == CheckKind.ENHANCED_DBS && applicant.id().equals(c.personId()) && c.returned()
					&& c.returnedOn().isBefore(today.minusDays(1)))
			.findFirst()
			.ifPresent(dbs -> {
				saved.recordCheckReturned(dbs.id(), dbs.returnedOn(), StatutoryCheck.Outcome.SATISFACTORY, today.minusDays(1));
				households.save(saved, clock.instant());
			});
	}

	private void finish(Random random, Household h, LocalDate today, String worker) {
		households.save(h, clock.instant());
		if (h.stage().inProcess()) {
			LocalDate contact = today.minusDays(between(random, 0, 24));
			if (!contact.isBefore(h.journey().enquiryOn)) {
				log.add(h.id(), LogEntry.Kind.CONTACT, contact, "Phone call", worker == null ? "demo-data" : worker,
						clock.instant());
			}
		}
	}

	/** A synthetic approval range: most households can meet low or medium needs, some high; all support letterbox contact. */
	private static org.hearth.adopters.ApprovalRange demoRange(java.util.Random random, int oldest) {
		var needs = new java.util.EnumMap<org.hearth.adopters.ApprovalRange.NeedArea, org.hearth.adopters.ApprovalRange.NeedLevel>(
				org.hearth.adopters.ApprovalRange.NeedArea.class);
		var levels = org.hearth.adopters.ApprovalRange.NeedLevel.values();
		for (var area : org.hearth.adopters.ApprovalRange.NeedArea.values()) {
			needs.put(area, levels[random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 8 ? 1 : 2]);
		}
		boolean siblings = random.nextInt(3) == 0;
		var contact = java.util.EnumSet.of(org.hearth.adopters.ApprovalRange.ContactKind.LETTERBOX);
		if (siblings || random.nextBoolean()) {
			contact.add(org.hearth.adopters.ApprovalRange.ContactKind.DIRECT_WITH_SIBLINGS);
		}
		return new org.hearth.adopters.ApprovalRange(siblings ? 2 : 1, 0, oldest,
				org.hearth.adopters.ApprovalRange.Sexes.ANY, siblings, needs, null, random.nextInt(4) == 0, contact,
				"Letterbox contact once a year", 50);
	}
}
