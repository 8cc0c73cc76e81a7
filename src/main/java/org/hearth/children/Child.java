package org.hearth.children;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child in the regional tracker: the borough responsible for them, what is known about them, their
 * journey and their life story work. The tracker stage and the harder-to-place characteristics are
 * derived, never stored.
 */
public final class Child {

	private final ChildId id;

	private final String boroughCode;

	private ChildDetails details;

	private final Journey journey;

	private LifeStoryWork lifeStory;

	public Child(ChildId id, String boroughCode, ChildDetails details, Journey journey, LifeStoryWork lifeStory) {
		this.id = Objects.requireNonNull(id);
		this.boroughCode = Objects.requireNonNull(boroughCode);
		this.details = Objects.requireNonNull(details);
		this.journey = Objects.requireNonNull(journey);
		this.lifeStory = lifeStory == null ? LifeStoryWork.notStarted() : lifeStory;
	}

	public TrackerStage stageOn(LocalDate day) {
		return journey.stageOn(day);
	}

	public HarderToPlace harderToPlace() {
		return HarderToPlace.of(details.birth().date(), details.ethnicity(), details.siblingPlan(),
				details.disabilities(), journey.shouldBePlacedDecision());
	}

	/** The life story work with the placement date taken from the journey, so due dates follow it. */
	public LifeStoryWork lifeStory() {
		var placed = journey.placedForAdoption();
		return placed.map(lifeStory::placedForAdoptionOn).orElse(lifeStory);
	}

	public void describe(ChildDetails changed, java.time.Clock clock) {
		if (!changed.birth().equals(details.birth())) {
			journey.changeBirth(changed.birth(), clock);
		}
		this.details = changed;
	}

	public void recordLifeStory(LifeStoryWork work) {
		this.lifeStory = work;
	}

	public ChildId id() { return id; }
	public String boroughCode() { return boroughCode; }
	public ChildDetails details() { return details; }
	public Journey journey() { return journey; }
	public LifeStoryWork storedLifeStory() { return lifeStory; }
}
