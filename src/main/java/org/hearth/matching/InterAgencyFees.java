package org.hearth.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUser;
import org.hearth.access.Role;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.matching.internal.FeeTableStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inter-agency fee table each agency applies: the published defaults ({@link
 * InterAgencyFeeTable#defaults()}), with the agency's own rows added; a row of the agency's for the
 * same kind and date replaces the default one. An amount the agency enters is confirmed by it.
 */
@Service
public class InterAgencyFees {

    private final FeeTableStore store;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    InterAgencyFees(FeeTableStore store, AccessPolicy policy, AuditLog audit, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The table the agency applies to its placements. */
    @Transactional
    public InterAgencyFeeTable tableOf(String agencyId) {
        List<InterAgencyFeeRow> own = store.rowsOf(agencyId);
        List<InterAgencyFeeRow> rows = new ArrayList<>(own);
        for (InterAgencyFeeRow row : InterAgencyFeeTable.defaults().rows()) {
            if (own.stream().noneMatch(o -> o.kind() == row.kind() && o.from().equals(row.from()))) {
                rows.add(row);
            }
        }
        return new InterAgencyFeeTable(rows);
    }

    /** The user's agency's table, for its staff. */
    @Transactional
    public InterAgencyFeeTable tableFor(CurrentUser user) {
        policy.checkMaySearchPool(user);
        return tableOf(user.agencyId());
    }

    /** Whether the user may add rows: the head of service, a team manager or a finance officer of an agency. */
    public boolean mayChange(CurrentUser user) {
        return user.role() == Role.HEAD_OF_SERVICE || user.role() == Role.TEAM_MANAGER || user.role() == Role.FINANCE_OFFICER;
    }

    public void checkMayChange(CurrentUser user) {
        policy.checkMaySearchPool(user);
        if (!mayChange(user)) {
            throw new AccessDeniedException("Only the head of service, a team manager or a finance officer can change the fee table");
        }
    }

    /** Adds (or replaces) a row of the agency's table. */
    @Transactional
    public void addRow(CurrentUser user, InterAgencyFeeRow row) {
        checkMayChange(user);
        store.save(user.agencyId(), row, user.username(), clock.instant());
        audit.record(AuditRecord.changed(AuditScope.agency(user.agencyId()), "inter-agency fee table", user.agencyId(), "Fee row from " + row.from()
                + " for " + row.kind().words() + " set", null, row.firstChild() + " per child"));
    }
}
