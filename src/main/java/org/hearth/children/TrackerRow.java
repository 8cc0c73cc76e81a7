package org.hearth.children;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One child as the regional tracker shows them on a day, with what is derived from their journey.
 *
 * @param daysSinceDecision days since the should be placed for adoption decision, for a child waiting
 * @param daysSincePlacementOrder days since the placement order, for a child waiting
 */
public record TrackerRow(ChildId id, String name, String caseReference, String boroughCode, LocalDate birthDate,
		boolean born, TrackerStage stage, String familyFindingWorker, Set<HarderToPlaceCharacteristic> harderToPlace,
		Long daysSinceDecision, Long daysSincePlacementOrder, List<String> alerts) {

	/** Waiting: a should be placed for adoption decision and not yet matched or placed. */
	public boolean waiting() {
		return daysSinceDecision != null;
	}

	public List<String> harderToPlaceLabels() {
		return harderToPlace.stream().sorted().map(HarderToPlaceCharacteristic::label).toList();
	}

	public List<String> harderToPlaceShortLabels() {
		return harderToPlace.stream().sorted().map(HarderToPlaceCharacteristic::shortLabel).toList();
	}
}
