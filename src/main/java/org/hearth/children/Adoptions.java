package org.hearth.children;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUser;
import org.hearth.children.internal.ChildStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children adopted in a period, for the figures the agency is judged by. Only the boroughs whose
 * figures the user may see are read; the caller decides, through the access policy, whether it may
 * show who the children are.
 */
@Service
@Transactional(readOnly = true)
public class Adoptions {

	private final ChildStore store;

	private final AccessPolicy policy;

	Adoptions(ChildStore store, AccessPolicy policy) {
		this.store = store;
		this.policy = policy;
	}

	/**
	 * The children of these boroughs whose adoption order is dated in the period, both ends included,
	 * by borough and case reference. Boroughs outside the user's scorecard scope are left out.
	 */
	public List<AdoptedChild> adoptedBetween(CurrentUser user, Collection<String> boroughCodes, LocalDate from,
			LocalDate to) {
		var scope = policy.scorecardScope(user);
		var boroughs = boroughCodes.stream().filter(scope::includes).toList();
		if (boroughs.isEmpty()) {
			return List.of();
		}
		return store.withAdoptionOrderBetween(boroughs, from, to)
			.stream()
			.map(AdoptedChild::of)
			.flatMap(Optional::stream)
			.filter(child -> !child.adoptionOrder().isBefore(from) && !child.adoptionOrder().isAfter(to))
			.sorted(java.util.Comparator.comparing(AdoptedChild::boroughCode).thenComparing(AdoptedChild::caseReference))
			.toList();
	}
}
