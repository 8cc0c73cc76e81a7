package org.hearth.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, line
 * breaks and doubled quotes; lines end with CRLF, LF or CR. The text is UTF-8, with or without a byte
 * order mark (Excel's "CSV UTF-8" writes one). Rows are numbered as a spreadsheet shows them, from 1.
 * A quote inside a field that does not start with one is kept as it is.
 */
final class CsvParser {

	/** The file cannot be read as CSV, at the row given (0 for the file as a whole). */
	static final class Unreadable extends RuntimeException {

		private final int row;

		Unreadable(int row, String message) {
			super(message);
			this.row = row;
		}

		int row() {
			return row;
		}
	}

	/** One row: its number as a spreadsheet shows it, and its fields. */
	record Row(int number, List<String> fields) {
	}

	private CsvParser() {
	}

	/** The bytes as text: UTF-8, without the byte order mark. */
	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new Unreadable(0, "The file is not a CSV file: save the tracker as \"CSV UTF-8\" and upload that");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			throw new Unreadable(0,
					"The file is not UTF-8 text: save the tracker as \"CSV UTF-8 (comma delimited)\" and upload that");
		}
	}

	/** Every row of the text with its fields. A completely empty line is skipped but counted. */
	static List<Row> parse(String text) {
		var rows = new ArrayList<Row>();
		var row = new ArrayList<String>();
		var field = new StringBuilder();
		int number = 1;
		int i = 0;
		int n = text.length();
		boolean quoted = false;
		boolean fieldStarted = false;
		while (i < n) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					quoted = false;
					i++;
					if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
						throw new Unreadable(number, "Row " + number + " has text after the closing quote of a field: "
								+ "a quote inside a quoted field is written as two quotes (\"\")");
					}
					continue;
				}
				field.append(c);
				i++;
				continue;
			}
			switch (c) {
				case '"' -> {
					if (!fieldStarted) {
						quoted = true;
						fieldStarted = true;
					}
					else {
						field.append(c);
					}
					i++;
				}
				case ',' -> {
					row.add(field.toString());
					field.setLength(0);
					fieldStarted = false;
					i++;
				}
				case '\r', '\n' -> {
					i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
					endRow(rows, number, row, field, fieldStarted);
					row = new ArrayList<>();
					field.setLength(0);
					fieldStarted = false;
					number++;
				}
				default -> {
					field.append(c);
					fieldStarted = true;
					i++;
				}
			}
		}
		if (quoted) {
			throw new Unreadable(number, "Row " + number + " has a quoted field with no closing quote");
		}
		endRow(rows, number, row, field, fieldStarted);
		return rows;
	}

	private static void endRow(List<Row> rows, int number, List<String> row, StringBuilder field,
			boolean fieldStarted) {
		if (row.isEmpty() && field.length() == 0 && !fieldStarted) {
			return;
		}
		row.add(field.toString());
		rows.add(new Row(number, List.copyOf(row)));
	}
}
