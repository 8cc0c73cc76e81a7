package org.hearth.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hearth.children.ChildId;
import org.hearth.children.EthnicGroup;
import org.hearth.children.EthnicityCode;
import org.hearth.children.Sex;

/** Valid child and household profiles for tests, changed one field at a time. */
public final class Profiles {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final BoroughCode HAVERING = BoroughCode.of("E09000016");
    public static final BoroughCode BARKING_AND_DAGENHAM = BoroughCode.of("E09000002");
    public static final BoroughCode NEWHAM = BoroughCode.of("E09000025");
    public static final BoroughCode CROYDON = BoroughCode.of("E09000008");
    public static final BoroughCode LEEDS = BoroughCode.of("E08000035");
    public static final ProvidingAgency EAST = new ProvidingAgency("adopt-london-east", "Adopt London East",
            AgencyKind.LOCAL_AUTHORITY_OR_RAA, true);
    public static final ProvidingAgency NORTH = new ProvidingAgency("adopt-london-north", "Adopt London North",
            AgencyKind.LOCAL_AUTHORITY_OR_RAA, true);
    public static final ProvidingAgency NORTHERN_VAA = new ProvidingAgency("vaa-north", "Northern Families (VAA)",
            AgencyKind.VOLUNTARY_ADOPTION_AGENCY, false);
    public static final ProvidingAgency SHIRE_COUNCIL = new ProvidingAgency("shire-council", "Shire County Council",
            AgencyKind.LOCAL_AUTHORITY_OR_RAA, false);

    private Profiles() {
    }

    public static ChildId childId(int n) {
        return new ChildId(new UUID(0xC41DL, n));
    }

    public static HouseholdId householdId(int n) {
        return new HouseholdId(new UUID(0x40E5L, n));
    }

    /** A boy of 2, White British, no needs, no contact, birth family in Havering. */
    public static ChildBuilder child() {
        return new ChildBuilder().member(2, Sex.MALE, EthnicityCode.WBRI);
    }

    /** An empty group to add members to. */
    public static ChildBuilder group() {
        return new ChildBuilder();
    }

    /**
     * An in-house approved household in Croydon: up to 2 children aged 0 to 6, either sex, sibling
     * groups; medium in every need area; reflects White British; no religion; English; no FfA; letterbox.
     */
    public static HouseholdBuilder household() {
        return new HouseholdBuilder();
    }

    public static final class ChildBuilder {
        private final List<ChildProfile.Member> members = new ArrayList<>();
        private Religion religion = Religion.NOT_KNOWN;
        private Language firstLanguage = null;
        private final Map<NeedArea, NeedLevel> needs = new EnumMap<>(NeedArea.class);
        private boolean earlyPermanence = false;
        private final Set<ContactKind> contact = EnumSet.noneOf(ContactKind.class);
        private BoroughCode borough = HAVERING;
        private LocalDate waitingSince = null;
        private int nextId = 1;

        public ChildBuilder member(int age, Sex sex, EthnicityCode ethnicity) {
            members.add(new ChildProfile.Member(childId(nextId++), age, sex, ethnicity));
            return this;
        }

        public ChildBuilder ids(int first) {
            List<ChildProfile.Member> renumbered = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                ChildProfile.Member m = members.get(i);
                renumbered.add(new ChildProfile.Member(childId(first + i), m.ageInYears(), m.sex(), m.ethnicity()));
            }
            members.clear();
            members.addAll(renumbered);
            nextId = first + renumbered.size();
            return this;
        }

        public ChildBuilder aged(int age) {
            ChildProfile.Member m = members.remove(0);
            members.add(0, new ChildProfile.Member(m.id(), age, m.sex(), m.ethnicity()));
            return this;
        }

        public ChildBuilder sex(Sex sex) {
            ChildProfile.Member m = members.remove(0);
            members.add(0, new ChildProfile.Member(m.id(), m.ageInYears(), sex, m.ethnicity()));
            return this;
        }

        public ChildBuilder ethnicity(EthnicityCode code) {
            ChildProfile.Member m = members.remove(0);
            members.add(0, new ChildProfile.Member(m.id(), m.ageInYears(), m.sex(), code));
            return this;
        }

        public ChildBuilder religion(Religion religion) {
            this.religion = religion;
            return this;
        }

        public ChildBuilder firstLanguage(String code) {
            this.firstLanguage = code == null ? null : Language.of(code);
            return this;
        }

        public ChildBuilder need(NeedArea area, NeedLevel level) {
            needs.put(area, level);
            return this;
        }

        public ChildBuilder earlyPermanence() {
            this.earlyPermanence = true;
            return this;
        }

        public ChildBuilder contact(ContactKind... kinds) {
            contact.addAll(List.of(kinds));
            return this;
        }

        public ChildBuilder birthFamilyIn(BoroughCode borough) {
            this.borough = borough;
            return this;
        }

        public ChildBuilder waitingSince(LocalDate day) {
            this.waitingSince = day;
            return this;
        }

        public ChildProfile build() {
            return new ChildProfile(members, TODAY, religion, firstLanguage, needs, earlyPermanence, contact, borough,
                    waitingSince);
        }
    }

    public static final class HouseholdBuilder {
        private HouseholdId id = householdId(1);
        private ProvidingAgency agency = EAST;
        private HouseholdOrigin origin = HouseholdOrigin.IN_HOUSE;
        private HouseholdStatus status = HouseholdStatus.APPROVED;
        private ApprovalRange range = ApprovalRange.upTo(2, 0, 6);
        private final Map<NeedArea, NeedLevel> capacity = new EnumMap<>(NeedArea.class);
        private final Set<EthnicityCode> heritageCodes = EnumSet.of(EthnicityCode.WBRI);
        private final Set<EthnicGroup> heritageGroups = EnumSet.noneOf(EthnicGroup.class);
        private final Set<Religion> religions = EnumSet.of(Religion.NO_RELIGION);
        private final Set<Language> languages = new HashSet<>(Set.of(Language.ENGLISH));
        private boolean fosteringForAdoption = false;
        private final Set<ContactKind> contact = EnumSet.of(ContactKind.LETTERBOX);
        private BoroughCode borough = CROYDON;
        private DistancePreference preference = DistancePreference.none();

        HouseholdBuilder() {
            for (NeedArea area : NeedArea.values()) {
                capacity.put(area, NeedLevel.MEDIUM);
            }
        }

        public HouseholdBuilder id(int n) {
            this.id = householdId(n);
            return this;
        }

        public HouseholdBuilder from(ProvidingAgency agency, HouseholdOrigin origin) {
            this.agency = agency;
            this.origin = origin;
            return this;
        }

        public HouseholdBuilder inStage2() {
            this.status = HouseholdStatus.IN_STAGE_2;
            return this;
        }

        public HouseholdBuilder range(ApprovalRange range) {
            this.range = range;
            return this;
        }

        public HouseholdBuilder capacity(NeedArea area, NeedLevel level) {
            if (level == null) {
                capacity.remove(area);
            } else {
                capacity.put(area, level);
            }
            return this;
        }

        public HouseholdBuilder heritage(EthnicityCode... codes) {
            heritageCodes.clear();
            heritageCodes.addAll(List.of(codes));
            return this;
        }

        public HouseholdBuilder heritageGroups(EthnicGroup... groups) {
            heritageGroups.clear();
            heritageGroups.addAll(List.of(groups));
            return this;
        }

        public HouseholdBuilder religions(Religion... religions) {
            this.religions.clear();
            this.religions.addAll(List.of(religions));
            return this;
        }

        public HouseholdBuilder languages(String... codes) {
            languages.clear();
            for (String code : codes) {
                languages.add(Language.of(code));
            }
            return this;
        }

        public HouseholdBuilder fostersForAdoption() {
            this.fosteringForAdoption = true;
            return this;
        }

        public HouseholdBuilder contact(ContactKind... kinds) {
            contact.clear();
            contact.addAll(List.of(kinds));
            return this;
        }

        public HouseholdBuilder livesIn(BoroughCode borough) {
            this.borough = borough;
            return this;
        }

        public HouseholdBuilder prefers(DistancePreference preference) {
            this.preference = preference;
            return this;
        }

        public HouseholdProfile build() {
            return new HouseholdProfile(id, agency, origin, status, range, capacity, heritageCodes, heritageGroups,
                    religions, languages, fosteringForAdoption, contact, borough, preference);
        }
    }
}
