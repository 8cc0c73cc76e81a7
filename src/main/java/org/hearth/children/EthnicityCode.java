package org.hearth.children;

import java.util.Arrays;
import java.util.Optional;

/**
 * A child's ethnicity as one of the 20 codes shared by SSDA903, the CIN census and Ofsted's
 * Annex A.
 */
public enum EthnicityCode {
    WBRI("White British", EthnicGroup.WHITE),
    WIRI("White Irish", EthnicGroup.WHITE),
    WIRT("Traveller of Irish heritage", EthnicGroup.WHITE),
    WROM("Gypsy/Roma", EthnicGroup.WHITE),
    WOTH("Any other White background", EthnicGroup.WHITE),
    MWBC("White and Black Caribbean", EthnicGroup.MIXED),
    MWBA("White and Black African", EthnicGroup.MIXED),
    MWAS("White and Asian", EthnicGroup.MIXED),
    MOTH("Any other Mixed background", EthnicGroup.MIXED),
    AIND("Indian", EthnicGroup.ASIAN),
    APKN("Pakistani", EthnicGroup.ASIAN),
    ABAN("Bangladeshi", EthnicGroup.ASIAN),
    AOTH("Any other Asian background", EthnicGroup.ASIAN),
    BCRB("Caribbean", EthnicGroup.BLACK),
    BAFR("African", EthnicGroup.BLACK),
    BOTH("Any other Black background", EthnicGroup.BLACK),
    CHNE("Chinese", EthnicGroup.CHINESE_OR_OTHER),
    OOTH("Any other ethnic group", EthnicGroup.CHINESE_OR_OTHER),
    REFU("Refused", EthnicGroup.NOT_KNOWN),
    NOBT("Information not yet obtained", EthnicGroup.NOT_KNOWN);

    private final String label;
    private final EthnicGroup group;

    EthnicityCode(String label, EthnicGroup group) {
        this.label = label;
        this.group = group;
    }

    /**
     * Reads a code as it appears in a return or an import file, ignoring case and surrounding
     * spaces.
     *
     * @throws IllegalArgumentException naming the value when it is not one of the 20 codes
     */
    public static EthnicityCode of(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An ethnicity code cannot be blank");
        }
        String wanted = code.strip();
        return Arrays.stream(values())
                .filter(candidate -> candidate.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "\"" + code + "\" is not an ethnicity code: use one of the 20 codes, for example WBRI or MWBC"));
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public EthnicGroup group() {
        return group;
    }

    public boolean isKnown() {
        return group != EthnicGroup.NOT_KNOWN;
    }

    /**
     * Whether the child is from a minority ethnic background, a tri-state answer.
     *
     * <ul>
     *   <li>{@code Optional.of(false)} for WBRI (White British) only;</li>
     *   <li>{@code Optional.of(true)} for every other known code, including the White minority
     *       codes WIRI, WIRT, WROM and WOTH;</li>
     *   <li>{@code Optional.empty()} for REFU (refused) and NOBT (not yet obtained): the answer is
     *       not known, and must be shown and counted as "not known", never as "no".</li>
     * </ul>
     */
    public Optional<Boolean> isMinorityEthnic() {
        if (!isKnown()) {
            return Optional.empty();
        }
        return Optional.of(this != WBRI);
    }
}
