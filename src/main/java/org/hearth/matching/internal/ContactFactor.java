package org.hearth.matching.internal;

import java.util.ArrayList;
import java.util.List;

import org.hearth.matching.ChildProfile;
import org.hearth.matching.ContactKind;
import org.hearth.matching.Factor;
import org.hearth.matching.HouseholdProfile;

/**
 * The share of the contact in the child's plan that the household can support. A plan with no
 * contact earns the whole weight.
 */
public final class ContactFactor extends FractionFactor {

    @Override
    public Factor factor() {
        return Factor.CONTACT;
    }

    @Override
    long fraction(ChildProfile child, HouseholdProfile household) {
        if (child.contactPlan().isEmpty()) {
            return NOT_APPLICABLE;
        }
        int supported = 0;
        for (ContactKind kind : child.contactPlan()) {
            if (household.contactSupported().contains(kind)) {
                supported++;
            }
        }
        return fraction(supported, child.contactPlan().size());
    }

    @Override
    String words(ChildProfile child, HouseholdProfile household) {
        if (child.contactPlan().isEmpty()) {
            return "The plan has no contact with birth family, so it is not scored.";
        }
        List<String> can = new ArrayList<>();
        List<String> cannot = new ArrayList<>();
        for (ContactKind kind : child.contactPlan()) {
            (household.contactSupported().contains(kind) ? can : cannot).add(kind.words());
        }
        if (cannot.isEmpty()) {
            return "The household can support all the contact in the plan: " + Words.list(can) + ".";
        }
        if (can.isEmpty()) {
            return "The household cannot support the contact in the plan: " + Words.list(cannot) + ".";
        }
        return "The household can support " + Words.list(can) + " but not " + Words.list(cannot) + ".";
    }
}
