package org.hearth.adopters.web;

import org.hearth.access.Affiliation;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.adopters.AdopterWorkload;
import org.hearth.adopters.Households;
import org.hearth.children.Children;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The workload's tables for the user's agency, the same for the page, the CSV and the API. */
@Component
class WorkloadReport {

	private final AdopterWorkload workload;

	private final Households households;

	private final Children children;

	WorkloadReport(AdopterWorkload workload, Households households, Children children) {
		this.workload = workload;
		this.households = households;
		this.children = children;
	}

	/** Figures only: agency staff who may read figures; anyone else is refused. */
	WorkloadTables of(CurrentUser user) {
		if (!user.can(Capability.AGGREGATES_READ) || user.role().affiliation() != Affiliation.AGENCY
				|| user.agencyId() == null) {
			throw new AccessDeniedException("Your role does not allow this");
		}
		var today = households.today();
		var yearAgo = today.minusYears(1).plusDays(1);
		return WorkloadTables.of(today, workload.byMonth(user.agencyId(), today, 12),
				workload.conversion(user.agencyId(), today.minusYears(2).plusDays(1), today), yearAgo,
				workload.stageTimes(user.agencyId(), yearAgo, today), workload.applicants(user.agencyId(), today),
				children.waitingFigures(user));
	}
}
