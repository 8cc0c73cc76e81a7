package org.hearth.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hearth.calendar.CalendarNotKnown;
import org.hearth.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Life story books and later life letters: their due dates from the placement and the celebration
 * hearing (settings with the defaults in domain.md §5), and what is overdue, per worker.
 */
@Component
public class LifeStoryOverdue {

	/** A child's life story work on a day; a due date that cannot be worked out says why. */
	public record View(LifeStoryWork work, LifeStoryBookStatus status, Optional<LocalDate> firstStageDue,
			Optional<LocalDate> completedBookDue, Optional<LocalDate> laterLifeLetterDue, List<String> overdue,
			String cannotCompute) {
	}

	/** A child with overdue life story work. */
	public record OverdueChild(ChildId id, String name, String caseReference, List<String> overdue) {
	}

	private final LifeStoryTimescales timescales;

	private final Clock clock;

	LifeStoryOverdue(WorkingDayCalendar calendar, Clock clock) {
		this.timescales = new LifeStoryTimescales(LifeStorySettings.defaults(), calendar::plusWorkingDays);
		this.clock = clock;
	}

	public View of(Child child) {
		var work = child.lifeStory();
		try {
			return new View(work, work.bookStatus(), work.firstStageDue(timescales), work.completedBookDue(timescales),
					work.laterLifeLetterDue(timescales), work.overdue(LocalDate.now(clock), timescales), null);
		}
		catch (CalendarNotKnown e) {
			return new View(work, work.bookStatus(), work.firstStageDue(timescales), Optional.empty(), Optional.empty(),
					List.of(), e.getMessage());
		}
	}

	/** The children with overdue life story work, grouped by family-finding worker ("No worker named" last). */
	public Map<String, List<OverdueChild>> byWorker(List<Child> children) {
		var byWorker = new TreeMap<String, List<OverdueChild>>();
		for (Child child : children) {
			var view = of(child);
			if (!view.overdue().isEmpty()) {
				String worker = child.details().familyFindingWorker() == null ? "No worker named"
						: child.details().familyFindingWorker();
				byWorker.computeIfAbsent(worker, w -> new java.util.ArrayList<>())
					.add(new OverdueChild(child.id(), child.details().name(), child.details().caseReference(),
							view.overdue()));
			}
		}
		return byWorker;
	}
}
