package org.hearth.adopters.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.hearth.adopters.AdopterWorkload;
import org.hearth.children.ChildrenWaiting;
import org.hearth.children.EthnicGroup;

/**
 * The workload's figures as the tables the page shows and the CSV download holds, built once so that
 * both carry the same figures. Figures only: no names, no ids.
 */
public record WorkloadTables(LocalDate today, LocalDate stageTimesFrom, List<Table> tables) {

	/** A table: the first column names the row, the others are figures. */
	public record Table(String id, String caption, List<String> headers, List<Line> lines) {
	}

	public record Line(String label, List<String> cells) {

		static Line of(String label, Object... cells) {
			return new Line(label, java.util.Arrays.stream(cells).map(String::valueOf).toList());
		}
	}

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	public Table table(String id) {
		return tables.stream().filter(t -> t.id().equals(id)).findFirst()
			.orElseThrow(() -> new NoSuchElementException("No workload table " + id));
	}

	static WorkloadTables of(LocalDate today, List<AdopterWorkload.Month> months, AdopterWorkload.Conversion conversion,
			LocalDate stageTimesFrom, List<AdopterWorkload.StageTime> stageTimes, AdopterWorkload.Applicants applicants,
			ChildrenWaiting waiting) {
		var tables = new ArrayList<Table>();

		var monthHeaders = new ArrayList<String>();
		monthHeaders.add("Stage");
		months.forEach(m -> monthHeaders.add(MONTH.format(m.countedOn())));
		var monthLines = new ArrayList<Line>();
		for (AdopterWorkload.Row row : AdopterWorkload.Row.values()) {
			monthLines.add(new Line(row.label(), months.stream().map(m -> String.valueOf(m.count(row))).toList()));
		}
		tables.add(new Table("months", "Households at each stage at the end of each month", monthHeaders, monthLines));

		tables.add(new Table("conversion",
				"From enquiry to approval: households who first enquired from " + DAY.format(conversion.from()) + " to "
						+ DAY.format(conversion.to()),
				List.of("Households", "Number", "Of those who enquired"),
				List.of(Line.of("Enquired", conversion.enquiries(), conversion.enquiries() == 0 ? "No enquiries" : "100%"),
						Line.of("Registered (or fast-tracked)", conversion.registered(), percent(conversion.registeredPercent())),
						Line.of("Approved so far", conversion.approved(), percent(conversion.approvedPercent())))));

		tables.add(new Table("stage-times", "Time taken, for stages finished from " + DAY.format(stageTimesFrom),
				List.of("Stage", "Households", "Mean days"),
				stageTimes.stream()
					.map(t -> Line.of(t.stage(), t.households(),
							t.meanDays().map(String::valueOf).orElse("None finished")))
					.toList()));

		var ethnicLines = new ArrayList<Line>();
		for (EthnicGroup group : EthnicGroup.values()) {
			ethnicLines.add(Line.of(group.label(), applicants.byEthnicGroup().getOrDefault(group, 0), waiting.count(group)));
		}
		ethnicLines.add(Line.of("All", applicants.applicants(), waiting.children()));
		tables.add(new Table("ethnicity", "Applicants and children waiting, by ethnic group",
				List.of("Ethnic group", "Applicants", "Children waiting"), ethnicLines));

		tables.add(new Table("family-type", "Households by family type", List.of("Family type", "Households"),
				withTotal(applicants.byFamilyType(), applicants.households())));

		tables.add(new Table("sexuality", "Applicants by sexuality", List.of("Sexuality", "Applicants"),
				withTotal(applicants.bySexuality(), applicants.applicants())));

		var ageLines = new ArrayList<Line>();
		for (ChildrenWaiting.AgeBand band : ChildrenWaiting.AgeBand.values()) {
			ageLines.add(Line.of(band.label(), waiting.count(band)));
		}
		ageLines.add(Line.of("All", waiting.children()));
		tables.add(new Table("age", "Children waiting, by age", List.of("Age in years", "Children waiting"), ageLines));

		tables.add(new Table("siblings", "Sibling groups waiting to be placed together", List.of("Sibling groups", "Number"),
				List.of(Line.of("Groups", waiting.siblingGroups()),
						Line.of("Children in these groups", waiting.childrenInSiblingGroups()))));

		return new WorkloadTables(today, stageTimesFrom, List.copyOf(tables));
	}

	private static List<Line> withTotal(Map<String, Integer> counts, int total) {
		var lines = new ArrayList<Line>();
		counts.forEach((label, n) -> lines.add(Line.of(label, n)));
		lines.add(Line.of("All", total));
		return lines;
	}

	private static String percent(Optional<Integer> percent) {
		return percent.map(p -> p + "%").orElse("No enquiries");
	}
}
