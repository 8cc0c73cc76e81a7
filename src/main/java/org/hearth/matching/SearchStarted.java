package org.hearth.matching;

import java.time.Instant;
import java.util.List;

import org.hearth.children.ChildId;

/** A family-finding search started, in-house. */
public record SearchStarted(SearchId search, List<ChildId> children, Instant at) {

    public SearchStarted {
        children = List.copyOf(children);
    }
}
