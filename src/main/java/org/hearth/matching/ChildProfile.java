package org.hearth.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.children.ChildId;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;

/**
 * What matching needs to know of a child, or of a sibling group to be placed together: one
 * profile, one search, one placement.
 *
 * @param members             the child, or every child of the group to be placed together
 * @param agesOn              the day the members' ages were taken on
 * @param religion            the religion the child is to be brought up in, if the plan says
 * @param firstLanguage       the child's (or group's) first language, or {@code null} when none yet
 * @param needs               the level of each need the child (the group, taking the highest level
 *                            across its members) has; an area that is missing is no need
 * @param earlyPermanenceWanted whether the plan is early permanence (fostering for adoption or
 *                            concurrent planning)
 * @param contactPlan         the contact the plan asks the family to support
 * @param birthFamilyBorough  the borough the birth family lives in
 * @param waitingSince        the day the child started waiting for a family (the should be placed
 *                            for adoption decision), or {@code null} when not known; ranks children
 *                            with equal scores
 * @param siblingsElsewhere   brothers or sisters the plan places together with the members who are
 *                            not in the pool (not recorded in the tracker, or not yet waiting): they
 *                            count towards the number of children, though their ages and sexes are
 *                            not known here
 */
public record ChildProfile(
        List<Member> members,
        LocalDate agesOn,
        Religion religion,
        Language firstLanguage,
        Map<NeedArea, NeedLevel> needs,
        boolean earlyPermanenceWanted,
        Set<ContactKind> contactPlan,
        BoroughCode birthFamilyBorough,
        LocalDate waitingSince,
        int siblingsElsewhere) {

    /** A profile whose whole sibling group (or single child) is in the pool. */
    public ChildProfile(List<Member> members, LocalDate agesOn, Religion religion, Language firstLanguage,
            Map<NeedArea, NeedLevel> needs, boolean earlyPermanenceWanted, Set<ContactKind> contactPlan,
            BoroughCode birthFamilyBorough, LocalDate waitingSince) {
        this(members, agesOn, religion, firstLanguage, needs, earlyPermanenceWanted, contactPlan, birthFamilyBorough,
                waitingSince, 0);
    }

    /**
     * One child of the profile.
     *
     * @param ageInYears completed years on the profile's {@code agesOn} day (0 for a baby)
     */
    public record Member(ChildId id, int ageInYears, Sex sex, EthnicityCode ethnicity) {

        public Member {
            Objects.requireNonNull(id, "A child in a profile needs their id");
            Objects.requireNonNull(sex, "A child in a profile needs their sex (0 when not recorded)");
            Objects.requireNonNull(ethnicity, "A child in a profile needs an ethnicity code (NOBT when not yet obtained)");
            if (ageInYears < 0 || ageInYears > 17) {
                throw new IllegalArgumentException("A child's age in years is 0 to 17, not " + ageInYears);
            }
        }

        /** A child with their age in completed years on the given day. */
        public static Member bornOn(ChildId id, LocalDate dateOfBirth, LocalDate on, Sex sex, EthnicityCode ethnicity) {
            if (dateOfBirth.isAfter(on)) {
                throw new IllegalArgumentException("A child in a profile must be born by the day their age is taken on");
            }
            return new Member(id, Period.between(dateOfBirth, on).getYears(), sex, ethnicity);
        }
    }

    public ChildProfile {
        Objects.requireNonNull(members, "A child profile needs its children");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A child profile needs at least one child");
        }
        members = List.copyOf(members);
        if (members.stream().map(Member::id).distinct().count() != members.size()) {
            throw new IllegalArgumentException("A child cannot be in the same profile twice");
        }
        Objects.requireNonNull(agesOn, "A child profile needs the day the ages were taken on");
        religion = religion == null ? Religion.NOT_KNOWN : religion;
        needs = needs == null || needs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(needs));
        contactPlan = contactPlan == null || contactPlan.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(contactPlan));
        Objects.requireNonNull(birthFamilyBorough, "A child profile needs the birth family's borough");
        if (siblingsElsewhere < 0) {
            throw new IllegalArgumentException("The number of siblings placed together from elsewhere cannot be negative");
        }
    }

    /** The children's ids in the order given. */
    public List<ChildId> childIds() {
        return members.stream().map(Member::id).toList();
    }

    /** How many children are to be placed together: the members and their siblings elsewhere. */
    public int numberOfChildren() {
        return members.size() + siblingsElsewhere;
    }

    public boolean isSiblingGroup() {
        return numberOfChildren() > 1;
    }

    public int youngestAge() {
        int youngest = Integer.MAX_VALUE;
        for (Member member : members) {
            youngest = Math.min(youngest, member.ageInYears());
        }
        return youngest;
    }

    public int eldestAge() {
        int eldest = 0;
        for (Member member : members) {
            eldest = Math.max(eldest, member.ageInYears());
        }
        return eldest;
    }

    /** The level of the need in the area, or {@code null} when the child has no need there. */
    public NeedLevel needIn(NeedArea area) {
        return needs.get(area);
    }

    /** The distinct ethnicity codes of the members, in code order. */
    public Set<EthnicityCode> ethnicities() {
        return members.stream().map(Member::ethnicity)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EthnicityCode.class)));
    }

    /**
     * A key that names the profile whatever the order of its members: the smallest child id.
     * Two profiles of different children never share it.
     */
    public String key() {
        return members.stream().map(member -> member.id().toString()).min(Comparator.naturalOrder()).orElseThrow();
    }
}
