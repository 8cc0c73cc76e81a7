package org.hearth.children.web;

/** Cells of a CSV download: quoted where needed, and never read by a spreadsheet as a formula. */
final class Csv {

	private Csv() {
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	static String number(Long value) {
		return value == null ? "" : value.toString();
	}
}
