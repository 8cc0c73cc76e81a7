package org.hearth.matching;

import java.time.Clock;
import java.util.List;

import org.hearth.access.AccessPolicy;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.matching.internal.OutsideHouseholdStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households of agencies outside the hub, entered by a hub agency's family finders from the other
 * agency's profile. Only that hub agency's widened searches see them, as profiles.
 */
@Service
public class OutsideHouseholds {

    private final OutsideHouseholdStore store;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    OutsideHouseholds(OutsideHouseholdStore store, AccessPolicy policy, AuditLog audit, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outside households the user's agency has entered, oldest first. */
    @Transactional
    public List<OutsideHousehold> ofMyAgency(CurrentUser user) {
        policy.checkMaySearchPool(user);
        List<OutsideHousehold> households = store.enteredBy(user.agencyId());
        audit.record(AuditRecord.viewed(AuditScope.agency(user.agencyId()), "outside household", null, households.size() + " outside households listed"));
        return households;
    }

    /** Enters a household of an outside agency for the user's agency's widened searches. */
    @Transactional
    public OutsideHousehold enter(CurrentUser user, HouseholdProfile profile, String theirReference) {
        policy.checkMaySearchPool(user);
        policy.require(user, Capability.CASE_WRITE);
        var household = new OutsideHousehold(profile, user.agencyId(), theirReference.strip(), user.username(),
                clock.instant());
        store.add(household);
        audit.record(AuditRecord.created(AuditScope.agency(user.agencyId()), "outside household", profile.id().toString(),
                "Household of an outside agency entered (" + profile.agency().name() + ")", null));
        return household;
    }
}
