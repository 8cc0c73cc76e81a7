package org.hearth.children;

import java.util.Comparator;

/**
 * The tracker's filters and sort, as typed in the query string; any may be empty.
 *
 * @param characteristic a {@link HarderToPlaceCharacteristic} name
 * @param alerts "yes" for only the children with something needing attention
 */
public record TrackerFilter(String borough, String stage, String worker, String characteristic, String alerts,
		String sort) {

	public static TrackerFilter none() {
		return new TrackerFilter(null, null, null, null, null, null);
	}

	boolean matches(TrackerRow row) {
		return (!has(borough) || borough.equals(row.boroughCode()))
				&& (!has(stage) || stage.equals(row.stage().name()))
				&& (!has(worker) || worker.equalsIgnoreCase(String.valueOf(row.familyFindingWorker())))
				&& (!has(characteristic) || row.harderToPlace().stream().anyMatch(c -> c.name().equals(characteristic)))
				&& (!"yes".equals(alerts) || !row.alerts().isEmpty());
	}

	Comparator<TrackerRow> order() {
		return Tracker.order(sort);
	}

	private static boolean has(String text) {
		return text != null && !text.isBlank();
	}
}
