package org.hearth.children;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The regional tracker's view of a child on a day: the stage, the harder-to-place characteristics,
 * how long a waiting child has waited, and what needs attention. All of it derived from the record.
 */
@Component
@EnableConfigurationProperties(TrackerSettings.class)
public class Tracker {

	static final Set<TrackerStage> WAITING = EnumSet.of(TrackerStage.ADM, TrackerStage.FAMILY_FINDING,
			TrackerStage.PROGRESS_TO_MATCH);

	private final Clock clock;

	private final TrackerSettings settings;

	Tracker(Clock clock, TrackerSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public TrackerRow rowOf(Child child) {
		LocalDate today = today();
		var journey = child.journey();
		var stage = journey.stageOn(today);
		boolean waiting = WAITING.contains(stage);
		Long sinceDecision = waiting ? journey.shouldBePlacedDecision().map(d -> days(d, today)).orElse(null) : null;
		Long sinceOrder = waiting ? journey.placementOrder().map(d -> days(d, today)).orElse(null) : null;
		Set<HarderToPlaceCharacteristic> harder = EnumSet.noneOf(HarderToPlaceCharacteristic.class);
		try {
			harder.addAll(child.harderToPlace().characteristics());
		}
		catch (IllegalArgumentException inconsistent) {
			// a decision dated before birth: shown as an alert below
		}
		return new TrackerRow(child.id(), child.details().name(), child.details().caseReference(),
				child.boroughCode(), child.details().birth().date(), child.details().birth().born(), stage,
				child.details().familyFindingWorker(), harder, sinceDecision, sinceOrder,
				alerts(child, stage, sinceDecision));
	}

	/** What needs attention: a long wait without a link, and missing or inconsistent dates. */
	List<String> alerts(Child child, TrackerStage stage, Long sinceDecision) {
		var alerts = new ArrayList<String>();
		var journey = child.journey();
		if (sinceDecision != null && sinceDecision > settings.linkAlertDays() && stage != TrackerStage.PROGRESS_TO_MATCH) {
			alerts.add("Waiting " + sinceDecision + " days since the should be placed for adoption decision with no link");
		}
		boolean pastDecision = EnumSet
			.of(TrackerStage.FAMILY_FINDING, TrackerStage.PROGRESS_TO_MATCH, TrackerStage.MATCHED_PLACED,
					TrackerStage.ADOPTED)
			.contains(stage);
		if (pastDecision && journey.shouldBePlacedDecision().isEmpty()) {
			alerts.add("No should be placed for adoption decision is recorded");
		}
		if (pastDecision && journey.enteredCare().isEmpty() && child.details().birth().born()) {
			alerts.add("No date of entering care is recorded");
		}
		if (EnumSet.of(TrackerStage.MATCHED_PLACED, TrackerStage.ADOPTED).contains(stage)
				&& journey.placementOrder().isEmpty()) {
			alerts.add("No placement order (or consent) is recorded");
		}
		alerts.addAll(journey.brokenRules(clock));
		return alerts;
	}

	public List<TrackerRow> rows(List<Child> children, TrackerFilter filter) {
		return children.stream()
			.map(this::rowOf)
			.filter(filter::matches)
			.sorted(filter.order())
			.toList();
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	/** Orders used by the tracker's sort links. */
	public static Comparator<TrackerRow> order(String sort) {
		Comparator<TrackerRow> byName = Comparator.comparing(TrackerRow::name, String.CASE_INSENSITIVE_ORDER);
		return switch (sort == null ? "" : sort) {
			case "stage" -> Comparator.comparing(TrackerRow::stage).thenComparing(byName);
			case "age" -> Comparator.comparing(TrackerRow::birthDate).reversed().thenComparing(byName);
			case "waiting" -> Comparator.comparing(TrackerRow::daysSinceDecision,
					Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
			case "borough" -> Comparator.comparing(TrackerRow::boroughCode).thenComparing(byName);
			default -> byName;
		};
	}
}
