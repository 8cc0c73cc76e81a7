package org.hearth.reporting;

/** The adoption scorecard's measures, with the DfE's identifiers and titles. */
public enum MeasureCode {

	A1("Average days between a child entering care and moving in with their adoptive family", Unit.DAYS),
	A2("Average days between receiving court authority to place a child and deciding on a match to an adoptive family",
			Unit.DAYS),
	A3("Children who waited less than 14 months between entering care and moving in with their adoptive family",
			Unit.PERCENT),
	A10("Average days between a child entering care and moving in with their adoptive family, adjusted for foster carer adoptions",
			Unit.DAYS);

	/** What a measure's value counts. */
	public enum Unit {
		DAYS("days"), PERCENT("percent");

		private final String word;

		Unit(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}
	}

	private final String title;

	private final Unit unit;

	MeasureCode(String title, Unit unit) {
		this.title = title;
		this.unit = unit;
	}

	public String title() {
		return title;
	}

	public Unit unit() {
		return unit;
	}
}
