package org.hearth.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;

/**
 * What matching needs to know of an adoptive household. The adopters module owns households; the
 * wiring builds this profile from an approved (or stage 2) household and its approval range.
 *
 * @param id                        the household
 * @param agency                    the agency that approved (or is assessing) it
 * @param origin                    in-house, another hub agency, or an outside agency, seen from the
 *                                  searching agency
 * @param status                    approved, or in stage 2
 * @param approvalRange             number of children, ages, sexes and sibling groups
 * @param needCapacity              for each need area, the highest level the household can meet; an
 *                                  area that is missing is one it was not approved for at any level
 * @param heritageCodes             the ethnicities the household can reflect closely
 * @param heritageGroups            the ethnic groups the household can reflect more broadly
 * @param religions                 the household's religions (a couple may hold two)
 * @param languages                 the languages spoken at home
 * @param fosteringForAdoptionWilling whether the household is willing and approved to foster for
 *                                  adoption (temporary foster approval for a named child)
 * @param contactSupported          the contact the household can support
 * @param borough                   the borough the household lives in
 * @param distancePreference        what it said about where a birth family may live
 */
public record HouseholdProfile(
        HouseholdId id,
        ProvidingAgency agency,
        HouseholdOrigin origin,
        HouseholdStatus status,
        ApprovalRange approvalRange,
        Map<NeedArea, NeedLevel> needCapacity,
        Set<EthnicityCode> heritageCodes,
        Set<EthnicGroup> heritageGroups,
        Set<Religion> religions,
        Set<Language> languages,
        boolean fosteringForAdoptionWilling,
        Set<ContactKind> contactSupported,
        BoroughCode borough,
        DistancePreference distancePreference) {

    public HouseholdProfile {
        Objects.requireNonNull(id, "A household profile needs the household's id");
        Objects.requireNonNull(agency, "A household profile needs its agency");
        Objects.requireNonNull(origin, "A household profile needs its origin: in-house, hub or outside");
        Objects.requireNonNull(status, "A household profile needs its status: approved or in stage 2");
        Objects.requireNonNull(approvalRange, "A household profile needs its approval range");
        needCapacity = needCapacity == null || needCapacity.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(needCapacity));
        heritageCodes = heritageCodes == null || heritageCodes.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(heritageCodes));
        heritageGroups = heritageGroups == null || heritageGroups.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(heritageGroups));
        religions = religions == null || religions.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(religions));
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        contactSupported = contactSupported == null || contactSupported.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(contactSupported));
        Objects.requireNonNull(borough, "A household profile needs the borough it lives in");
        distancePreference = distancePreference == null ? DistancePreference.none() : distancePreference;
    }

    /** The highest level the household can meet in the area, or {@code null} when none. */
    public NeedLevel capacityIn(NeedArea area) {
        return needCapacity.get(area);
    }

    public boolean isInHouse() {
        return origin == HouseholdOrigin.IN_HOUSE;
    }

    /** Whether an in-house search sees the household only as horizon scanning: it is in stage 2. */
    public boolean isHorizonScanning() {
        return status == HouseholdStatus.IN_STAGE_2;
    }
}
