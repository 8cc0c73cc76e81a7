package org.hearth.matching;

import java.util.Objects;

/**
 * The agency that approved a household.
 *
 * @param id       the agency's identifier (for a hub agency, its organisation id, such as
 *                 {@code adopt-london-north}; for an outside agency, as entered)
 * @param name     its name
 * @param kind     which fee it charges
 * @param inLondon whether it is a London agency (London agencies add the London uplift)
 */
public record ProvidingAgency(String id, String name, AgencyKind kind, boolean inLondon) {

    public ProvidingAgency {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An agency needs its identifier");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An agency needs its name");
        }
        Objects.requireNonNull(kind, "An agency needs its kind: local authority or RAA, or voluntary adoption agency");
    }
}
