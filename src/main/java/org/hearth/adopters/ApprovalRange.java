package org.hearth.adopters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The children a household is approved for: how many, their ages and sexes, whether a sibling group,
 * the level of need they can meet in each area, heritage, religion and language, early permanence,
 * the kinds of contact they can support (with notes) and how far they would travel. The need areas
 * are the ones matching compares with a child's needs.
 */
public record ApprovalRange(int childrenUpTo, int youngestAge, int oldestAge, Sexes sexes, boolean siblingGroup,
		Map<NeedArea, NeedLevel> needs, String heritage, boolean earlyPermanence, Set<ContactKind> contactKinds,
		String contact, Integer maxDistanceMiles) {

	public ApprovalRange {
		List<String> problems = new ArrayList<>();
		if (childrenUpTo < 1 || childrenUpTo > 4) {
			problems.add("Enter how many children, from 1 to 4");
		}
		if (youngestAge < 0 || oldestAge > 17 || youngestAge > oldestAge) {
			problems.add("Enter an age range from 0 to 17, the youngest age first");
		}
		if (sexes == null) {
			problems.add("Select the sexes of children they could adopt");
		}
		if (maxDistanceMiles != null && maxDistanceMiles < 0) {
			problems.add("Enter a distance of 0 miles or more");
		}
		if (siblingGroup && childrenUpTo < 2) {
			problems.add("A sibling group needs a range of 2 or more children");
		}
		if (!problems.isEmpty()) {
			throw new HouseholdRuleBroken(null, problems);
		}
		var all = new EnumMap<NeedArea, NeedLevel>(NeedArea.class);
		for (NeedArea area : NeedArea.values()) {
			all.put(area, needs == null || needs.get(area) == null ? NeedLevel.LOW : needs.get(area));
		}
		needs = Map.copyOf(all);
		contactKinds = contactKinds == null || contactKinds.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(contactKinds));
	}

	/** The kinds of contact with birth family the household can support. */
	public enum ContactKind {
		LETTERBOX("Letterbox contact"), DIRECT_WITH_SIBLINGS("Direct contact with brothers or sisters living elsewhere"),
		DIRECT_WITH_BIRTH_PARENTS("Direct contact with birth parents"),
		DIRECT_WITH_OTHER_BIRTH_RELATIVES("Direct contact with other birth relatives");

		private final String label;

		ContactKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** As stored: kind names separated by commas. */
	public String contactKindsText() {
		return String.join(",", contactKinds.stream().sorted().map(Enum::name).toList());
	}

	public static Set<ContactKind> contactKindsOf(String text) {
		var kinds = EnumSet.noneOf(ContactKind.class);
		if (text != null && !text.isBlank()) {
			for (String name : text.split(",")) {
				kinds.add(ContactKind.valueOf(name.strip()));
			}
		}
		return kinds;
	}

	public enum Sexes {
		ANY("Girls or boys"), GIRLS("Girls"), BOYS("Boys");

		private final String label;

		Sexes(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum NeedArea {
		HEALTH("Physical health"), DISABILITY("Disability"),
		DEVELOPMENT("Developmental uncertainty (such as exposure to alcohol or drugs before birth, or a birth parent's inherited condition)"),
		EMOTIONAL_BEHAVIOURAL("Emotional and behavioural"), LEARNING("Learning"),
		TRAUMA_AND_ATTACHMENT("Trauma and attachment (early neglect, broken attachments)");

		private final String label;

		NeedArea(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum NeedLevel {
		LOW("Low"), MEDIUM("Medium"), HIGH("High");

		private final String label;

		NeedLevel(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The level for each need area, in the order the areas are listed. */
	public List<Map.Entry<NeedArea, NeedLevel>> needsInOrder() {
		var list = new ArrayList<Map.Entry<NeedArea, NeedLevel>>();
		for (NeedArea area : NeedArea.values()) {
			list.add(Map.entry(area, needs.get(area)));
		}
		return list;
	}

	/** As stored: AREA:LEVEL pairs separated by commas. */
	public String needsText() {
		var text = new StringBuilder();
		for (NeedArea area : NeedArea.values()) {
			if (!text.isEmpty()) {
				text.append(',');
			}
			text.append(area.name()).append(':').append(needs.get(area).name());
		}
		return text.toString();
	}

	public static Map<NeedArea, NeedLevel> needsOf(String text) {
		var needs = new EnumMap<NeedArea, NeedLevel>(NeedArea.class);
		if (text != null && !text.isBlank()) {
			for (String pair : text.split(",")) {
				String[] parts = pair.split(":");
				needs.put(NeedArea.valueOf(parts[0]), NeedLevel.valueOf(parts[1]));
			}
		}
		return needs;
	}
}
