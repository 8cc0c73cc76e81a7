package org.hearth.matching;

import java.util.List;

/**
 * A child waiting for a family (or a sibling group to be placed together) as matching sees them:
 * the profile it ranks, and for the family finder's page the names, the borough and what is missing.
 *
 * @param profile        what the ranking compares
 * @param names          the children's names, in the profile's order
 * @param boroughCode    the responsible borough
 * @param needsRecorded  whether the family finder has recorded the needs for matching
 * @param notes          what the profile could not read from the record, in words
 */
public record PoolChild(ChildProfile profile, List<String> names, String boroughCode, boolean needsRecorded,
        List<String> notes) {

    public PoolChild {
        names = List.copyOf(names);
        notes = List.copyOf(notes);
    }

    public String namesInWords() {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
