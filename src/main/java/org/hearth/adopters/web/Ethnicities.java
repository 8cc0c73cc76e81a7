package org.hearth.adopters.web;

import java.util.List;

/** The 20 ethnicity codes of the children's social care returns, so adopters and children are described alike. */
final class Ethnicities {

	record Code(String code, String label) {
	}

	static final List<Code> CODES = List.of(new Code("WBRI", "White British"), new Code("WIRI", "White Irish"),
			new Code("WIRT", "Traveller of Irish heritage"), new Code("WROM", "Gypsy or Roma"),
			new Code("WOTH", "Any other White background"), new Code("MWBC", "White and Black Caribbean"),
			new Code("MWBA", "White and Black African"), new Code("MWAS", "White and Asian"),
			new Code("MOTH", "Any other Mixed background"), new Code("AIND", "Indian"), new Code("APKN", "Pakistani"),
			new Code("ABAN", "Bangladeshi"), new Code("AOTH", "Any other Asian background"),
			new Code("BCRB", "Caribbean"), new Code("BAFR", "African"), new Code("BOTH", "Any other Black background"),
			new Code("CHNE", "Chinese"), new Code("OOTH", "Any other ethnic group"), new Code("REFU", "Refused"),
			new Code("NOBT", "Information not yet obtained"));

	private Ethnicities() {
	}

	static String label(String code) {
		return CODES.stream().filter(c -> c.code().equals(code)).map(Code::label).findFirst().orElse(code);
	}
}
