package org.hearth.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hearth.children.ImportError;
import org.hearth.children.ImportedChild;

/**
 * A borough tracker file read into rows: the header names the columns (see {@link TrackerColumn});
 * each further row is a child. Unknown, repeated and missing required columns are problems of the
 * header row, and then no row is read.
 */
record TrackerFile(List<ImportedChild> rows, List<ImportError> errors) {

	static final int HEADER_ROW = 1;

	static TrackerFile read(String text) {
		List<CsvParser.Row> lines;
		try {
			lines = CsvParser.parse(text);
		}
		catch (CsvParser.Unreadable e) {
			return new TrackerFile(List.of(), List.of(new ImportError(e.row(), null, e.getMessage())));
		}
		if (lines.isEmpty()) {
			return new TrackerFile(List.of(), List.of(new ImportError(0, null,
					"The file is empty: it needs a header row naming the columns, then one row per child")));
		}
		var header = lines.get(0);
		var errors = new ArrayList<ImportError>();
		var positions = new EnumMap<TrackerColumn, Integer>(TrackerColumn.class);
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i).strip();
			if (name.isEmpty()) {
				if (columnHasValues(lines, i)) {
					errors.add(new ImportError(header.number(), "column " + (i + 1),
							"Column " + (i + 1) + " has no name in the header row"));
				}
				continue;
			}
			var column = TrackerColumn.named(name);
			if (column.isEmpty()) {
				errors.add(new ImportError(header.number(), name, "\"" + name
						+ "\" is not a column Hearth knows: rename it to one of the documented columns, or remove it"));
			}
			else if (positions.putIfAbsent(column.get(), i) != null) {
				errors.add(new ImportError(header.number(), name, "The column \"" + name + "\" appears more than once"));
			}
		}
		for (var column : TrackerColumn.values()) {
			if (column.required() && !positions.containsKey(column)) {
				errors.add(new ImportError(header.number(), column.header(),
						"The required column \"" + column.header() + "\" is missing"));
			}
		}
		if (!errors.isEmpty()) {
			return new TrackerFile(List.of(), errors);
		}
		var rows = new ArrayList<ImportedChild>();
		for (var line : lines.subList(1, lines.size())) {
			var fields = line.fields();
			if (fields.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (fields.size() > header.fields().size()
					&& fields.subList(header.fields().size(), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
				errors.add(new ImportError(line.number(), null, "This row has " + fields.size()
						+ " cells but the header row names " + header.fields().size() + " columns"));
				continue;
			}
			rows.add(child(line.number(), cells(fields, positions)));
		}
		return new TrackerFile(rows, errors);
	}

	/** The header row of the template: every column, in order. */
	static String templateHeader() {
		return java.util.Arrays.stream(TrackerColumn.values())
			.map(TrackerColumn::header)
			.collect(Collectors.joining(","));
	}

	private static boolean columnHasValues(List<CsvParser.Row> lines, int index) {
		return lines.stream()
			.skip(1)
			.anyMatch(line -> index < line.fields().size() && !line.fields().get(index).isBlank());
	}

	private static Map<TrackerColumn, String> cells(List<String> fields, Map<TrackerColumn, Integer> positions) {
		var cells = new EnumMap<TrackerColumn, String>(TrackerColumn.class);
		positions.forEach((column, index) -> cells.put(column, index < fields.size() ? fields.get(index) : null));
		return cells;
	}

	private static ImportedChild child(int row, Map<TrackerColumn, String> cells) {
		var events = new ArrayList<ImportedChild.Event>();
		for (var column : TrackerColumn.values()) {
			column.event()
				.filter(type -> cells.containsKey(column))
				.ifPresent(type -> events.add(new ImportedChild.Event(column.header(), type, cells.get(column))));
		}
		return new ImportedChild(row, cells.get(TrackerColumn.BOROUGH), cells.get(TrackerColumn.CASE_REFERENCE),
				cells.get(TrackerColumn.FIRST_NAMES), cells.get(TrackerColumn.LAST_NAME),
				cells.get(TrackerColumn.DATE_OF_BIRTH), cells.get(TrackerColumn.UNBORN), cells.get(TrackerColumn.SEX),
				cells.get(TrackerColumn.ETHNICITY), cells.get(TrackerColumn.RELIGION),
				cells.get(TrackerColumn.FIRST_LANGUAGES), cells.get(TrackerColumn.DISABILITIES),
				cells.get(TrackerColumn.BOROUGH_SOCIAL_WORKER), cells.get(TrackerColumn.FAMILY_FINDING_WORKER),
				cells.get(TrackerColumn.SIBLING_GROUP), cells.get(TrackerColumn.SIBLINGS_PLACED_TOGETHER_WITH), events,
				cells.get(TrackerColumn.NO_LONGER_THE_PLAN_REASON));
	}
}
