package org.hearth.matching;

import java.time.Instant;
import java.util.List;

import org.hearth.children.ChildId;

/**
 * A family-finding search was widened to the hub's other agencies and to outside agencies, after
 * both sign-offs.
 */
public record SearchWidened(SearchId search, List<ChildId> children, List<SignOff> signOffs, Instant at) {

    public SearchWidened {
        children = List.copyOf(children);
        signOffs = List.copyOf(signOffs);
    }
}
