package org.hearth.children;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * How many children wait for a family on a day, counted as the children waiting page counts them (a
 * should be placed for adoption decision, and not yet matched or placed): by ethnic group, by age band,
 * and in sibling groups to be placed together. Figures only: no names, no ids.
 *
 * @param children               how many children wait
 * @param siblingGroups          how many sibling groups to be placed together wait
 * @param childrenInSiblingGroups how many children those groups hold: each group as many as its plan
 *                               says (the child and the siblings to be placed with), or as many of
 *                               its children as wait, if more are recorded
 */
public record ChildrenWaiting(LocalDate countedOn, int children, Map<EthnicGroup, Integer> byEthnicGroup,
		Map<AgeBand, Integer> byAgeBand, int siblingGroups, int childrenInSiblingGroups) {

	/** The child's age in whole years on the day counted; a baby not yet born counts as under 1. */
	public enum AgeBand {
		UNDER_1("Under 1", 0), ONE_TO_FOUR("1 to 4", 1), FIVE_TO_NINE("5 to 9", 5), TEN_AND_OVER("10 and over", 10);

		private final String label;

		private final int from;

		AgeBand(String label, int from) {
			this.label = label;
			this.from = from;
		}

		public String label() {
			return label;
		}

		public static AgeBand of(Birth birth, LocalDate day) {
			if (!birth.isBornOn(day)) {
				return UNDER_1;
			}
			int years = Period.between(birth.date(), day).getYears();
			AgeBand band = UNDER_1;
			for (AgeBand candidate : values()) {
				if (years >= candidate.from) {
					band = candidate;
				}
			}
			return band;
		}
	}

	public ChildrenWaiting {
		byEthnicGroup = Map.copyOf(byEthnicGroup);
		byAgeBand = Map.copyOf(byAgeBand);
	}

	public int count(EthnicGroup group) {
		return byEthnicGroup.getOrDefault(group, 0);
	}

	public int count(AgeBand band) {
		return byAgeBand.getOrDefault(band, 0);
	}

	/** Counts the children given, all of whom wait on the day. */
	static ChildrenWaiting of(Collection<Child> waiting, LocalDate day) {
		var ethnic = new EnumMap<EthnicGroup, Integer>(EthnicGroup.class);
		var ages = new EnumMap<AgeBand, Integer>(AgeBand.class);
		for (EthnicGroup group : EthnicGroup.values()) {
			ethnic.put(group, 0);
		}
		for (AgeBand band : AgeBand.values()) {
			ages.put(band, 0);
		}
		var groupSizes = new HashMap<String, int[]>();
		for (Child child : waiting) {
			var d = child.details();
			ethnic.merge(d.ethnicity().group(), 1, Integer::sum);
			ages.merge(AgeBand.of(d.birth(), day), 1, Integer::sum);
			int siblings = d.siblingPlan().siblingsToBePlacedWith();
			if (siblings > 0) {
				String group = child.boroughCode() + "/"
						+ (d.siblingGroup() == null ? "child:" + child.id() : "group:" + d.siblingGroup());
				int[] size = groupSizes.computeIfAbsent(group, g -> new int[2]);
				size[0]++;
				size[1] = Math.max(size[1], siblings + 1);
			}
		}
		int inGroups = groupSizes.values().stream().mapToInt(size -> Math.max(size[0], size[1])).sum();
		return new ChildrenWaiting(day, waiting.size(), ethnic, ages, groupSizes.size(), inGroups);
	}
}
