package org.hearth.access;

import java.util.stream.Collectors;

import org.hearth.audit.AuditScope;
import org.hearth.audit.AuditVisibility;
import org.hearth.organisation.AgencyId;
import org.hearth.organisation.LocalAuthority;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one access policy. It decides, for the signed-in user, whose personal records they may see and
 * what they may do with them. Deny by default: a role sees personal records only if it has the
 * capability, and then only those of the boroughs it serves. RAA staff see the children of their
 * agency's boroughs; borough staff only their own borough's; board members, hub analysts and system
 * administrators see none.
 */
@Component
public class AccessPolicy {

	private final OrganisationDirectory organisation;

	AccessPolicy(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	/** The boroughs whose children's records the user may read. */
	public BoroughScope childRecordScope(CurrentUser user) {
		if (user == null || !user.can(Capability.CASE_READ)) {
			return BoroughScope.none();
		}
		return affiliatedBoroughs(user);
	}

	/**
	 * The boroughs whose figures (counts only, no personal data) the user may see: their agency's
	 * boroughs, or their own borough, for a role that may read aggregates. The hub's comparators are not
	 * counted by borough, so hub and administration roles get none.
	 */
	public BoroughScope figuresScope(CurrentUser user) {
		if (user == null || !user.can(Capability.AGGREGATES_READ)) {
			return BoroughScope.none();
		}
		return affiliatedBoroughs(user);
	}

	/**
	 * The boroughs whose adoption scorecard (figures only) the user may see: as {@link #figuresScope},
	 * and for hub roles that may read aggregates every borough the hub's agencies serve, since the
	 * scorecard is reported for the hub as a whole as well as for each agency and borough.
	 */
	public BoroughScope scorecardScope(CurrentUser user) {
		if (user == null || !user.can(Capability.AGGREGATES_READ)) {
			return BoroughScope.none();
		}
		if (user.role().affiliation() == Affiliation.HUB) {
			return new BoroughScope(organisation.agencies()
				.stream()
				.flatMap(agency -> organisation.localAuthoritiesOf(agency.id()).stream())
				.map(LocalAuthority::code)
				.map(Object::toString)
				.collect(Collectors.toSet()));
		}
		return affiliatedBoroughs(user);
	}

	private BoroughScope affiliatedBoroughs(CurrentUser user) {
		return switch (user.role().affiliation()) {
			case AGENCY -> user.agencyId() == null ? BoroughScope.none()
					: new BoroughScope(organisation.localAuthoritiesOf(new AgencyId(user.agencyId()))
						.stream()
						.map(LocalAuthority::code)
						.map(Object::toString)
						.collect(Collectors.toSet()));
			case BOROUGH -> user.boroughCode() == null ? BoroughScope.none()
					: new BoroughScope(java.util.Set.of(user.boroughCode()));
			case HUB, NONE -> BoroughScope.none();
		};
	}

	/**
	 * Whether the user may read or write a child's prospective adoptive name: adoption staff (of the
	 * agency) with access to case records only. Borough staff never see it, nor may they set it, because
	 * it could tell the birth family where the child is to live.
	 */
	public boolean mayKnowProspectiveAdoptiveName(CurrentUser user) {
		return user != null && user.can(Capability.CASE_READ) && user.role().affiliation() == Affiliation.AGENCY;
	}

	public boolean maySeeChildOf(CurrentUser user, String boroughCode) {
		return childRecordScope(user).includes(boroughCode);
	}

	/**
	 * Passes if the user may read a child record of this borough. A user with no access to case records
	 * at all gets 403; one whose scope does not include the borough gets 404, as if the record did not
	 * exist.
	 */
	public void checkMayReadChildOf(CurrentUser user, String boroughCode, String what) {
		require(user, Capability.CASE_READ);
		if (!maySeeChildOf(user, boroughCode)) {
			throw new RecordNotFound(what);
		}
	}

	/** As {@link #checkMayReadChildOf}, and the user's role may also change case records. */
	public void checkMayChangeChildOf(CurrentUser user, String boroughCode, String what) {
		checkMayReadChildOf(user, boroughCode, what);
		require(user, Capability.CASE_WRITE);
	}

	/**
	 * Whether the user keeps the organisation's reference data, such as the bank holiday list, and so
	 * is warned when it needs them: system administrators.
	 */
	public boolean mayMaintainOrganisation(CurrentUser user) {
		return user != null && user.can(Capability.ORGANISATION_ADMIN);
	}

	/** Whether the user's role may download children's records (with a reason). */
	public boolean mayExportChildren(CurrentUser user) {
		return user != null && user.can(Capability.CASE_EXPORT);
	}

	/** As {@link #checkMayReadChildOf}, and the user's role may also export case records. */
	public void checkMayExportChildrenOf(CurrentUser user) {
		require(user, Capability.CASE_EXPORT);
	}

	/**
	 * The agency whose adopter households the user may read: their own agency, for agency staff with
	 * access to case records. Borough staff, panel members, board members, hub analysts and system
	 * administrators see no households (borough staff will see a proposed match's profile, through
	 * matching).
	 */
	public java.util.Optional<String> householdAgencyScope(CurrentUser user) {
		if (user == null || !user.can(Capability.CASE_READ) || user.role().affiliation() != Affiliation.AGENCY
				|| user.agencyId() == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(user.agencyId());
	}

	/**
	 * Passes if the user may read the adopter household records of this agency. A user with no access
	 * to households at all gets 403; another agency's staff get 404, as if the record did not exist.
	 */
	public void checkMayReadHouseholdOf(CurrentUser user, String agencyId, String what) {
		var scope = householdAgencyScope(user);
		if (scope.isEmpty()) {
			throw new AccessDeniedException("Your role does not allow this");
		}
		if (!scope.get().equals(agencyId)) {
			throw new RecordNotFound(what);
		}
	}

	/** As {@link #checkMayReadHouseholdOf}, and the user's role may also change case records. */
	public void checkMayChangeHouseholdOf(CurrentUser user, String agencyId, String what) {
		checkMayReadHouseholdOf(user, agencyId, what);
		require(user, Capability.CASE_WRITE);
	}

	/**
	 * Passes if the user may search the regional pool of children and households for family finding:
	 * agency staff with access to case records. Everyone else gets 403.
	 */
	public void checkMaySearchPool(CurrentUser user) {
		require(user, Capability.CASE_READ);
		if (user.role().affiliation() != Affiliation.AGENCY || user.agencyId() == null) {
			throw new AccessDeniedException("Your role does not allow this");
		}
	}

	/**
	 * Passes if the user may see adopter households as profiles without identifying details: agency
	 * staff and borough staff with access to case records (a borough's staff see the households found
	 * or proposed for their own borough's children; the caller checks the child).
	 */
	public void checkMaySeeHouseholdProfiles(CurrentUser user) {
		require(user, Capability.CASE_READ);
		var affiliation = user.role().affiliation();
		if (affiliation != Affiliation.AGENCY && affiliation != Affiliation.BOROUGH) {
			throw new AccessDeniedException("Your role does not allow this");
		}
	}

	/**
	 * How much of an adopter household the user may see in family finding and matching: the household's
	 * own agency sees who they are; the staff of another hub agency see them once a link is agreed;
	 * until then, and always for borough staff, only a profile without identifying details. A user with
	 * no access to case records gets 403.
	 */
	public HouseholdView householdView(CurrentUser user, String householdAgencyId, boolean linkAgreed) {
		require(user, Capability.CASE_READ);
		return switch (user.role().affiliation()) {
			case AGENCY -> householdAgencyId.equals(user.agencyId()) || linkAgreed ? HouseholdView.IDENTIFIED
					: HouseholdView.PROFILE;
			case BOROUGH -> HouseholdView.PROFILE;
			case HUB, NONE -> throw new AccessDeniedException("Your role does not allow this");
		};
	}

	/**
	 * Passes if the user may decide a match for a child of this borough: the agency decision maker of
	 * the child's own local authority. Anyone else who may read the child gets 403; anyone who may not
	 * gets 404.
	 */
	public void checkMayDecideMatchFor(CurrentUser user, String boroughCode, String what) {
		checkMayChangeChildOf(user, boroughCode, what);
		if (user.role() != Role.BOROUGH_DECISION_MAKER || !boroughCode.equals(user.boroughCode())) {
			throw new AccessDeniedException("Only the agency decision maker of the child's local authority decides a match");
		}
	}

	/**
	 * The audit rows the user may read: an agency's managers see the rows of their agency and of its
	 * boroughs' children; a system administrator sees sign-in and administration rows, never case rows;
	 * anyone else none.
	 */
	public AuditVisibility auditVisibility(CurrentUser user) {
		if (user == null || !user.can(Capability.AUDIT_READ)) {
			return AuditVisibility.nothing();
		}
		return switch (user.role().affiliation()) {
			case AGENCY -> user.agencyId() == null ? AuditVisibility.nothing()
					: new AuditVisibility(java.util.Set.of(user.agencyId()), affiliatedBoroughs(user).onsCodes(), false);
			case NONE -> new AuditVisibility(java.util.Set.of(), java.util.Set.of(), true);
			case BOROUGH, HUB -> AuditVisibility.nothing();
		};
	}

	/**
	 * Whose audit row it is when this user does something not about one record (a list, a search): their
	 * agency's, their borough's, or for a role of no organisation the administration's.
	 */
	public AuditScope auditScopeOf(CurrentUser user) {
		if (user != null && user.agencyId() != null) {
			return AuditScope.agency(user.agencyId());
		}
		if (user != null && user.boroughCode() != null) {
			return AuditScope.borough(user.boroughCode());
		}
		return AuditScope.administration();
	}

	public void require(CurrentUser user, Capability capability) {
		if (user == null || !user.can(capability)) {
			throw new AccessDeniedException("Your role does not allow this");
		}
	}

	/**
	 * Whether giving an account this role needs a second person's approval: a role that reads children or
	 * households (case access) granted to an account, or raised to one with a capability the old role lacks.
	 */
	public boolean grantNeedsApproval(Role from, Role to) {
		return to != null && to.can(Capability.CASE_READ) && (from == null || !from.capabilities().containsAll(to.capabilities()));
	}

	/** Whether the user is one who may approve some pending grants: a head of service or a system administrator. */
	public boolean mayApproveGrants(CurrentUser user) {
		return user != null && (user.role() == Role.SYSTEM_ADMINISTRATOR || user.role() == Role.HEAD_OF_SERVICE);
	}

	/**
	 * Whether the user may approve or decline a pending grant of a role: never the person who asked for it,
	 * never the account it is for; another system administrator, or a head of service of the agency the
	 * role is in.
	 */
	public boolean mayApproveGrant(CurrentUser user, java.util.UUID requestedBy, java.util.UUID accountId,
			String grantAgencyId) {
		if (!mayApproveGrants(user) || user.accountId().equals(requestedBy) || user.accountId().equals(accountId)) {
			return false;
		}
		return user.role() == Role.SYSTEM_ADMINISTRATOR
				|| (grantAgencyId != null && grantAgencyId.equals(user.agencyId()));
	}
}
