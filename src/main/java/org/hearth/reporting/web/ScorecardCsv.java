package org.hearth.reporting.web;

import java.io.PrintWriter;

import org.hearth.reporting.MeasureResult;
import org.hearth.reporting.Scorecard;

/** The scorecard as CSV: one row per measure, then, where the user may see them, one per child. */
final class ScorecardCsv {

	private ScorecardCsv() {
	}

	static void write(Scorecard scorecard, PrintWriter out) {
		out.println("scope,from,to,measure,title,value,unit,numerator,denominator,counted,left_out,threshold_days,cannot_be_computed");
		for (MeasureResult m : scorecard.measures()) {
			var threshold = scorecard.thresholds().get(m.code());
			out.println(String.join(",", cell(scorecard.scope().name()), scorecard.period().from().toString(),
					scorecard.period().to().toString(), m.code().name(), cell(m.code().title()),
					m.value().map(String::valueOf).orElse(""), m.code().unit().word(),
					m.numerator().map(String::valueOf).orElse(""), m.denominator().map(String::valueOf).orElse(""),
					String.valueOf(m.countedCount()), String.valueOf(m.excludedCount()),
					threshold == null ? "" : String.valueOf(threshold.days()), cell(m.cannotBeComputed().orElse(""))));
		}
		if (!scorecard.recordsShown()) {
			return;
		}
		out.println();
		out.println("measure,child_reference,borough,counted,days,in_numerator,note_or_reason");
		for (MeasureResult m : scorecard.measures()) {
			m.counted().forEach(c -> out.println(String.join(",", m.code().name(), cell(c.reference()), c.borough(), "yes",
					String.valueOf(c.days()), c.inNumerator() == null ? "" : (c.inNumerator() ? "yes" : "no"),
					cell(c.note() == null ? "" : c.note()))));
			m.excluded().forEach(e -> out.println(String.join(",", m.code().name(), cell(e.reference()), e.borough(), "no",
					"", "", cell(e.reason()))));
		}
	}

	/** A CSV cell: quoted when needed, and a leading =, +, - or @ neutralised so a spreadsheet shows it as text. */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
