package org.hearth.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvParserTests {

	@Test
	void aQuotedFieldHoldsCommasLineBreaksAndDoubledQuotes() {
		var rows = CsvParser.parse("a,b,c\n\"Smith, Jo\",\"line one\nline two\",\"said \"\"hello\"\"\"\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).fields()).containsExactly("Smith, Jo", "line one\nline two", "said \"hello\"");
	}

	@Test
	void rowsAreNumberedAsASpreadsheetShowsThemEvenWithLineBreaksInsideFields() {
		var rows = CsvParser.parse("h1,h2\r\n\"two\r\nlines\",x\r\nthird,y\r\n");
		assertThat(rows).extracting(CsvParser.Row::number).containsExactly(1, 2, 3);
		assertThat(rows.get(2).fields()).containsExactly("third", "y");
	}

	@Test
	void crlfLfAndCrAllEndARow() {
		assertThat(CsvParser.parse("a\r\nb\nc\rd")).extracting(row -> row.fields().get(0))
			.containsExactly("a", "b", "c", "d");
	}

	@Test
	void emptyFieldsAreKeptAndEmptyLinesAreSkippedButCounted() {
		var rows = CsvParser.parse("a,,c,\n\n\"\",x\n");
		assertThat(rows.get(0).fields()).containsExactly("a", "", "c", "");
		assertThat(rows.get(1).number()).isEqualTo(3);
		assertThat(rows.get(1).fields()).containsExactly("", "x");
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsKeptAsItIs() {
		assertThat(CsvParser.parse("5\" tall,x").get(0).fields()).containsExactly("5\" tall", "x");
	}

	@Test
	void aQuotedFieldWithNoClosingQuoteIsReportedWithItsRow() {
		assertThatThrownBy(() -> CsvParser.parse("a,b\nc,\"never closed\n"))
			.isInstanceOfSatisfying(CsvParser.Unreadable.class, e -> assertThat(e.row()).isEqualTo(2))
			.hasMessageContaining("no closing quote");
	}

	@Test
	void textAfterAClosingQuoteIsReported() {
		assertThatThrownBy(() -> CsvParser.parse("a\n\"x\"y\n")).isInstanceOf(CsvParser.Unreadable.class)
			.hasMessageContaining("Row 2");
	}

	@Test
	void theByteOrderMarkOfExcelsCsvUtf8IsDropped() {
		byte[] withBom = "\uFEFFborough,case_reference\nE09000016,Zoë\n".getBytes(StandardCharsets.UTF_8);
		var rows = CsvParser.parse(CsvParser.decode(withBom));
		assertThat(rows.get(0).fields()).containsExactly("borough", "case_reference");
		assertThat(rows.get(1).fields()).containsExactly("E09000016", "Zoë");
	}

	@Test
	void textThatIsNotUtf8IsRefused() {
		byte[] latin1 = "Zo\u00eb".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> CsvParser.decode(latin1)).isInstanceOf(CsvParser.Unreadable.class)
			.hasMessageContaining("UTF-8");
	}

	@Test
	void aBinaryFileIsRefused() {
		byte[] binary = { 'P', 'K', 3, 4, 0, 0, 0 };
		assertThatThrownBy(() -> CsvParser.decode(binary)).isInstanceOf(CsvParser.Unreadable.class)
			.hasMessageContaining("not a CSV file");
	}

	@Test
	void anEmptyTextHasNoRows() {
		assertThat(CsvParser.parse("")).isEqualTo(List.of());
		assertThat(CsvParser.parse("\r\n\n")).isEmpty();
	}
}
