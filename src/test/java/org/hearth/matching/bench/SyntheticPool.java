package org.hearth.matching.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.hearth.children.ChildId;
import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;
import org.hearth.matching.AgencyKind;
import org.hearth.matching.ApprovalRange;
import org.hearth.matching.BoroughCode;
import org.hearth.matching.BoroughNeighbours;
import org.hearth.matching.ChildProfile;
import org.hearth.matching.ContactKind;
import org.hearth.matching.DistancePreference;
import org.hearth.matching.HouseholdId;
import org.hearth.matching.HouseholdOrigin;
import org.hearth.matching.HouseholdProfile;
import org.hearth.matching.HouseholdStatus;
import org.hearth.matching.Language;
import org.hearth.matching.NeedArea;
import org.hearth.matching.NeedLevel;
import org.hearth.matching.ProvidingAgency;
import org.hearth.matching.Religion;

/**
 * Synthetic children waiting and households, deterministic from a seed: the same seed gives the same
 * pool on every machine. No real person is in it; ids are numbered, not random.
 *
 * <p>The shares are shaped like England's figures where they are known (most children waiting are
 * under 5, about a third are in sibling groups to be placed together, most households are approved
 * for one or two young children) and are otherwise plain guesses: they exist to exercise every rule
 * and factor, not to describe anyone.
 */
public final class SyntheticPool {

    public static final LocalDate ON = LocalDate.of(2026, 3, 2);

    private static final List<BoroughCode> LONDON = List.copyOf(BoroughNeighbours.london().boroughs());
    /** Local authorities outside London, by ONS code format, to make the pool national. */
    private static final List<BoroughCode> ELSEWHERE = List.of("E06000001", "E06000010", "E06000023", "E06000042",
            "E08000003", "E08000025", "E08000035", "E10000014", "E10000016", "E10000030").stream()
            .map(BoroughCode::of).toList();
    private static final List<ProvidingAgency> AGENCIES = List.of(
            new ProvidingAgency("raa-synthetic-east", "Synthetic RAA East", AgencyKind.LOCAL_AUTHORITY_OR_RAA, true),
            new ProvidingAgency("raa-synthetic-north", "Synthetic RAA North", AgencyKind.LOCAL_AUTHORITY_OR_RAA, true),
            new ProvidingAgency("raa-synthetic-shire", "Synthetic RAA Shire", AgencyKind.LOCAL_AUTHORITY_OR_RAA, false),
            new ProvidingAgency("vaa-synthetic", "Synthetic Voluntary Agency", AgencyKind.VOLUNTARY_ADOPTION_AGENCY, false));
    private static final Language[] OTHER_LANGUAGES = { Language.of("pl"), Language.of("ro"), Language.of("tr"),
            Language.of("bn"), Language.of("so"), Language.of("ur"), Language.of("pt"), Language.of("ar") };

    private final List<ChildProfile> children;
    private final List<HouseholdProfile> households;

    private SyntheticPool(List<ChildProfile> children, List<HouseholdProfile> households) {
        this.children = children;
        this.households = households;
    }

    public static SyntheticPool generate(long seed, int children, int households) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ChildProfile> waiting = new ArrayList<>(children);
        int nextChild = 1;
        for (int i = 0; i < children; i++) {
            ChildProfile profile = child(random, nextChild);
            nextChild += profile.numberOfChildren();
            waiting.add(profile);
        }
        List<HouseholdProfile> pool = new ArrayList<>(households);
        for (int i = 0; i < households; i++) {
            pool.add(household(random, i + 1));
        }
        return new SyntheticPool(List.copyOf(waiting), List.copyOf(pool));
    }

    public List<ChildProfile> children() {
        return children;
    }

    public List<HouseholdProfile> households() {
        return households;
    }

    /** A waiting child or sibling group; members numbered from {@code firstId}. */
    public static ChildProfile child(SplittableRandom random, int firstId) {
        int size = pick(random, 70, 25, 5) + 1;
        int eldest = switch (pick(random, 40, 35, 20, 5)) {
            case 0 -> random.nextInt(2);
            case 1 -> 2 + random.nextInt(3);
            case 2 -> 5 + random.nextInt(4);
            default -> 9 + random.nextInt(6);
        };
        EthnicityCode heritage = ethnicity(random);
        List<ChildProfile.Member> members = new ArrayList<>(size);
        for (int m = 0; m < size; m++) {
            int age = Math.max(0, eldest - m * (1 + random.nextInt(2)));
            EthnicityCode code = random.nextInt(10) == 0 ? ethnicity(random) : heritage;
            members.add(new ChildProfile.Member(new ChildId(new UUID(0xC41DL, firstId + m)), age,
                    random.nextBoolean() ? Sex.MALE : Sex.FEMALE, code));
        }
        Religion religion = switch (pick(random, 40, 25, 20, 10, 5)) {
            case 0 -> Religion.NOT_KNOWN;
            case 1 -> Religion.NO_RELIGION;
            case 2 -> Religion.CHRISTIAN;
            case 3 -> Religion.MUSLIM;
            default -> Religion.values()[2 + random.nextInt(3)];
        };
        Language language = eldest < 2 ? null
                : random.nextInt(100) < 85 ? Language.ENGLISH : OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
        Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            if (random.nextInt(100) < 30) {
                needs.put(area, NeedLevel.values()[pick(random, 50, 35, 15)]);
            }
        }
        boolean earlyPermanence = eldest == 0 && random.nextInt(100) < 25;
        Set<ContactKind> contact = EnumSet.noneOf(ContactKind.class);
        if (random.nextInt(100) < 80) {
            contact.add(ContactKind.LETTERBOX);
        }
        if (random.nextInt(100) < 25) {
            contact.add(ContactKind.DIRECT_WITH_SIBLINGS);
        }
        if (random.nextInt(100) < 5) {
            contact.add(ContactKind.DIRECT_WITH_BIRTH_PARENTS);
        }
        LocalDate waitingSince = ON.minusDays(30 + random.nextInt(700));
        return new ChildProfile(members, ON, religion, language, needs, earlyPermanence, contact, borough(random),
                waitingSince);
    }

    /** An approved or stage 2 household numbered {@code n}. */
    public static HouseholdProfile household(SplittableRandom random, int n) {
        HouseholdOrigin origin = HouseholdOrigin.values()[pick(random, 20, 30, 50)];
        ProvidingAgency agency = switch (origin) {
            case IN_HOUSE -> AGENCIES.get(0);
            case OTHER_HUB_AGENCY -> AGENCIES.get(1);
            case OUTSIDE_AGENCY -> AGENCIES.get(2 + random.nextInt(2));
        };
        HouseholdStatus status = random.nextInt(100) < 60 ? HouseholdStatus.APPROVED : HouseholdStatus.IN_STAGE_2;
        int maxChildren = pick(random, 55, 35, 10) + 1;
        int maxAge = 2 + random.nextInt(7);
        Set<Sex> sexes = switch (pick(random, 85, 8, 7)) {
            case 0 -> EnumSet.of(Sex.MALE, Sex.FEMALE);
            case 1 -> EnumSet.of(Sex.MALE);
            default -> EnumSet.of(Sex.FEMALE);
        };
        ApprovalRange range = new ApprovalRange(1, maxChildren, 0, maxAge, sexes, maxChildren > 1);
        Map<NeedArea, NeedLevel> capacity = new EnumMap<>(NeedArea.class);
        for (NeedArea area : NeedArea.values()) {
            if (random.nextInt(100) >= 5) {
                capacity.put(area, NeedLevel.values()[pick(random, 40, 40, 20)]);
            }
        }
        Set<EthnicityCode> codes = EnumSet.of(ethnicity(random));
        if (random.nextInt(3) == 0) {
            codes.add(ethnicity(random));
        }
        codes.removeIf(code -> !code.isKnown());
        Set<EthnicGroup> groups = EnumSet.noneOf(EthnicGroup.class);
        if (random.nextInt(4) == 0) {
            groups.add(EthnicGroup.values()[random.nextInt(5)]);
        }
        Set<Religion> religions = EnumSet.of(Religion.values()[random.nextInt(Religion.values().length - 1)]);
        Set<Language> languages = new HashSet<>();
        languages.add(Language.ENGLISH);
        if (random.nextInt(100) < 15) {
            languages.add(OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)]);
        }
        Set<ContactKind> contact = EnumSet.noneOf(ContactKind.class);
        if (random.nextInt(100) < 95) {
            contact.add(ContactKind.LETTERBOX);
        }
        if (random.nextInt(100) < 50) {
            contact.add(ContactKind.DIRECT_WITH_SIBLINGS);
        }
        if (random.nextInt(100) < 15) {
            contact.add(ContactKind.DIRECT_WITH_BIRTH_PARENTS);
        }
        DistancePreference preference = switch (pick(random, 60, 30, 10)) {
            case 0 -> DistancePreference.none();
            case 1 -> DistancePreference.awayFromBirthFamilyBorough();
            default -> DistancePreference.withinBoroughsAway(2 + random.nextInt(4));
        };
        return new HouseholdProfile(new HouseholdId(new UUID(0x40E5L, n)), agency, origin, status, range, capacity,
                codes, groups, religions, languages, random.nextInt(100) < 25, contact, borough(random), preference);
    }

    private static BoroughCode borough(SplittableRandom random) {
        return random.nextInt(100) < 70 ? LONDON.get(random.nextInt(LONDON.size()))
                : ELSEWHERE.get(random.nextInt(ELSEWHERE.size()));
    }

    private static EthnicityCode ethnicity(SplittableRandom random) {
        return switch (pick(random, 62, 12, 8, 7, 5, 4, 2)) {
            case 0 -> EthnicityCode.WBRI;
            case 1 -> EthnicityCode.values()[5 + random.nextInt(4)];
            case 2 -> EthnicityCode.values()[13 + random.nextInt(3)];
            case 3 -> EthnicityCode.values()[9 + random.nextInt(4)];
            case 4 -> EthnicityCode.values()[1 + random.nextInt(4)];
            case 5 -> EthnicityCode.values()[16 + random.nextInt(2)];
            default -> EthnicityCode.NOBT;
        };
    }

    /** An index chosen with the given weights (per cent or any scale). */
    private static int pick(SplittableRandom random, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
