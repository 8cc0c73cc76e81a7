package org.hearth.adopters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hearth.adopters.internal.HouseholdRepository;
import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adopter workload of an agency, as in the annual report: households at enquiry, in stage 1, in
 * stage 2, approved and waiting for a match, and with a child placed before the order, at the end of
 * each month; conversion from enquiry to approval; time taken in each stage; and who the applicants
 * are. Aggregate figures only: no names, no ids.
 *
 * <p>Counting rules: stage 1 runs from the registration of interest being accepted until stage 2
 * starts (the gap of up to 6 months included); stage 2 from the notice to proceed (or the start of a
 * fast track) until approval, so a qualifying determination not to approve stays in stage 2; a
 * household that left is counted nowhere from the day it left.
 */
@Service
@Transactional(readOnly = true)
public class AdopterWorkload {

	public enum Row {
		ENQUIRY("Enquiry"), STAGE_1("Stage 1"), STAGE_2("Stage 2"), APPROVED_WAITING("Approved and awaiting a match"),
		PLACED_BEFORE_ORDER("Child placed, before the adoption order");

		private final String label;

		Row(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The counts at the end of a month (or today, for the month in progress). */
	public record Month(YearMonth month, LocalDate countedOn, Map<Row, Integer> counts) {

		public int count(Row row) {
			return counts.getOrDefault(row, 0);
		}
	}

	/** Of the households that first enquired in the period, how many went on. */
	public record Conversion(LocalDate from, LocalDate to, int enquiries, int registered, int approved) {

		public Optional<Integer> registeredPercent() {
			return percent(registered, enquiries);
		}

		public Optional<Integer> approvedPercent() {
			return percent(approved, enquiries);
		}
	}

	/** Mean days in a stage for households that finished it in the period, or empty over none. */
	public record StageTime(String stage, int households, Optional<Integer> meanDays) {
	}

	private final HouseholdRepository households;

	AdopterWorkload(HouseholdRepository households) {
		this.households = households;
	}

	/** Which workload row a household is in at the end of a day, if any. */
	public static Optional<Row> rowOn(Household h, LocalDate day) {
		Stage stage = h.stageOn(day);
		if (stage == null) {
			return Optional.empty();
		}
		var j = h.journey();
		return switch (stage) {
			case ENQUIRY -> Optional.of(Row.ENQUIRY);
			case STAGE_1, BETWEEN_STAGES -> Optional.of(Row.STAGE_1);
			case STAGE_2, READY_FOR_PANEL, AWAITING_DECISION -> Optional.of(Row.STAGE_2);
			case QUALIFYING_DETERMINATION -> Optional.of(j.approvedOn != null && !j.approvedOn.isAfter(day)
					? Row.APPROVED_WAITING : Row.STAGE_2);
			case APPROVED -> Optional.of(Row.APPROVED_WAITING);
			case CHILD_PLACED -> Optional.of(Row.PLACED_BEFORE_ORDER);
			case ADOPTION_ORDER, LEFT -> Optional.empty();
		};
	}

	/** The counts at the end of each of the last {@code months} months, the month in progress counted today. */
	public List<Month> byMonth(String agencyId, LocalDate today, int months) {
		var all = households.ofAgency(agencyId);
		var result = new ArrayList<Month>();
		YearMonth current = YearMonth.from(today);
		for (int i = months - 1; i >= 0; i--) {
			YearMonth month = current.minusMonths(i);
			LocalDate day = i == 0 ? today : month.atEndOfMonth();
			result.add(countOn(all, month, day));
		}
		return result;
	}

	public Month countOn(String agencyId, LocalDate day) {
		return countOn(households.ofAgency(agencyId), YearMonth.from(day), day);
	}

	private static Month countOn(List<Household> all, YearMonth month, LocalDate day) {
		var counts = new java.util.EnumMap<Row, Integer>(Row.class);
		for (Row row : Row.values()) {
			counts.put(row, 0);
		}
		for (Household h : all) {
			rowOn(h, day).ifPresent(row -> counts.merge(row, 1, Integer::sum));
		}
		return new Month(month, day, Map.copyOf(counts));
	}

	public Conversion conversion(String agencyId, LocalDate from, LocalDate to) {
		var cohort = households.ofAgency(agencyId).stream()
			.filter(h -> !h.journey().enquiryOn.isBefore(from) && !h.journey().enquiryOn.isAfter(to))
			.toList();
		int registered = (int) cohort.stream()
			.filter(h -> h.journey().roiAcceptedOn != null || h.journey().stage2StartedOn != null)
			.count();
		int approved = (int) cohort.stream().filter(h -> h.journey().approvedOn != null).count();
		return new Conversion(from, to, cohort.size(), registered, approved);
	}

	/** Mean days for each stage, over households that finished the stage between the two dates. */
	public List<StageTime> stageTimes(String agencyId, LocalDate from, LocalDate to) {
		var all = households.ofAgency(agencyId);
		var times = new ArrayList<StageTime>();
		times.add(stageTime(all, "Enquiry to registration of interest", j -> j.enquiryOn, j -> j.roiAcceptedOn, from, to));
		times.add(stageTime(all, "Stage 1: registration to stage 1 decision", j -> j.roiAcceptedOn, j -> j.stage1DecisionOn, from, to));
		times.add(stageTime(all, "Between stages: decision to notice to proceed", j -> j.stage1DecisionOn,
				j -> j.roiAcceptedOn == null ? null : j.stage2StartedOn, from, to));
		times.add(stageTime(all, "Stage 2: notice to proceed to approval", j -> j.stage2StartedOn, j -> j.approvedOn, from, to));
		times.add(stageTime(all, "Registration to approval (fast track excluded)", j -> j.roiAcceptedOn, j -> j.approvedOn, from, to));
		return times;
	}

	private static StageTime stageTime(List<Household> all, String name, Function<Household.Journey, LocalDate> start,
			Function<Household.Journey, LocalDate> end, LocalDate from, LocalDate to) {
		var days = all.stream()
			.map(Household::journey)
			.filter(j -> start.apply(j) != null && end.apply(j) != null)
			.filter(j -> !end.apply(j).isBefore(from) && !end.apply(j).isAfter(to))
			.mapToLong(j -> ChronoUnit.DAYS.between(start.apply(j), end.apply(j)))
			.toArray();
		if (days.length == 0) {
			return new StageTime(name, 0, Optional.empty());
		}
		long sum = java.util.Arrays.stream(days).sum();
		int mean = new BigDecimal(sum).divide(new BigDecimal(days.length), 0, RoundingMode.HALF_UP).intValue();
		return new StageTime(name, days.length, Optional.of(mean));
	}

	/**
	 * Who the applicants are, for the households in the workload on a day (enquiry to placement): by
	 * ethnic group (the children's social care groups, so they can be read beside the children waiting),
	 * by sexuality, and the households by family type. Every group is listed, with 0 where there is none.
	 */
	public record Applicants(int households, int applicants, Map<EthnicGroup, Integer> byEthnicGroup,
			Map<String, Integer> byFamilyType, Map<String, Integer> bySexuality) {
	}

	static final String NOT_ASKED = "Not asked";

	static final String FAMILY_TYPE_NOT_RECORDED = "Not recorded yet";

	static final List<String> FAMILY_TYPES = List.of("Couple of different sexes", "Two women", "Two men",
			"Single woman", "Single man", FAMILY_TYPE_NOT_RECORDED);

	public Applicants applicants(String agencyId, LocalDate today) {
		var current = households.ofAgency(agencyId).stream().filter(h -> rowOn(h, today).isPresent()).toList();
		var ethnicity = new EnumMap<EthnicGroup, Integer>(EthnicGroup.class);
		for (EthnicGroup group : EthnicGroup.values()) {
			ethnicity.put(group, 0);
		}
		var family = new LinkedHashMap<String, Integer>();
		FAMILY_TYPES.forEach(type -> family.put(type, 0));
		var sexuality = new LinkedHashMap<String, Integer>();
		for (Applicant.Sexuality s : Applicant.Sexuality.values()) {
			sexuality.put(s.label(), 0);
		}
		sexuality.put(NOT_ASKED, 0);
		int applicants = 0;
		for (Household h : current) {
			family.merge(h.familyType().orElse(FAMILY_TYPE_NOT_RECORDED), 1, Integer::sum);
			for (Applicant a : h.applicants()) {
				applicants++;
				ethnicity.merge(ethnicGroup(a.ethnicity()), 1, Integer::sum);
				sexuality.merge(a.sexuality() == null ? NOT_ASKED : a.sexuality().label(), 1, Integer::sum);
			}
		}
		return new Applicants(current.size(), applicants, Collections.unmodifiableMap(ethnicity),
				Collections.unmodifiableMap(family), Collections.unmodifiableMap(sexuality));
	}

	/** The group of a code of the children's social care list, as the children's are grouped; none is not known. */
	static EthnicGroup ethnicGroup(String code) {
		if (code == null || code.isBlank()) {
			return EthnicGroup.NOT_KNOWN;
		}
		try {
			return EthnicityCode.of(code).group();
		}
		catch (IllegalArgumentException notACode) {
			return EthnicGroup.NOT_KNOWN;
		}
	}

	private static Optional<Integer> percent(int part, int whole) {
		if (whole == 0) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(part * 100L).divide(new BigDecimal(whole), 0, RoundingMode.HALF_UP).intValue());
	}
}
