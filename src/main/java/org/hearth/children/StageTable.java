package org.hearth.children;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The count of children by tracker stage and borough, laid out as in the annual report: a row per
 * stage, a column per borough, with totals.
 *
 * @param boroughs ONS code to name, in the order of the columns
 */
public record StageTable(Map<String, String> boroughs, Map<TrackerStage, Map<String, Integer>> counts) {

	public static StageTable of(Map<String, String> boroughs, List<TrackerRow> rows) {
		var counts = new EnumMap<TrackerStage, Map<String, Integer>>(TrackerStage.class);
		for (TrackerStage stage : TrackerStage.values()) {
			var byBorough = new LinkedHashMap<String, Integer>();
			boroughs.keySet().forEach(code -> byBorough.put(code, 0));
			counts.put(stage, byBorough);
		}
		for (TrackerRow row : rows) {
			counts.get(row.stage()).merge(row.boroughCode(), 1, Integer::sum);
		}
		return new StageTable(boroughs, counts);
	}

	public int count(TrackerStage stage, String borough) {
		return counts.get(stage).getOrDefault(borough, 0);
	}

	public int stageTotal(TrackerStage stage) {
		return counts.get(stage).values().stream().mapToInt(Integer::intValue).sum();
	}

	public int boroughTotal(String borough) {
		return counts.values().stream().mapToInt(byBorough -> byBorough.getOrDefault(borough, 0)).sum();
	}

	public int total() {
		return counts.values().stream().flatMap(byBorough -> byBorough.values().stream()).mapToInt(Integer::intValue).sum();
	}

	public List<TrackerStage> stages() {
		return List.of(TrackerStage.values());
	}
}
