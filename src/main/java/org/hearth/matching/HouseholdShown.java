package org.hearth.matching;

import java.util.List;

import org.hearth.access.HouseholdView;

/**
 * A household as a link shows it to the user, as the access policy allows: always the profile, without
 * identifying details; the applicants' names and the household's reference only when identified.
 *
 * @param view           how much the user may see
 * @param agencyName     the household's agency
 * @param origin         in-house, another hub agency or an outside agency, seen from the searching agency
 * @param profile        what the profile says, line by line; empty when the household is no longer in
 *                       the pool (left, or placed)
 * @param applicantNames the applicants' names, only when identified
 * @param reference      the household's reference, only when identified
 */
public record HouseholdShown(HouseholdView view, HouseholdId id, String agencyName, HouseholdOrigin origin,
        List<ProfileLine> profile, List<String> applicantNames, String reference) {

    public HouseholdShown {
        profile = List.copyOf(profile);
        applicantNames = List.copyOf(applicantNames);
        if (view != HouseholdView.IDENTIFIED && (!applicantNames.isEmpty() || reference != null)) {
            throw new IllegalArgumentException("A household shown as a profile has no names and no reference");
        }
    }

    /** One line of a profile: what it is about and what it says. */
    public record ProfileLine(String key, String value) {
    }

    public boolean identified() {
        return view == HouseholdView.IDENTIFIED;
    }

    /** How the household is named in a list: its reference and names, or its profile in a few words. */
    public String inWords() {
        if (identified()) {
            return (reference == null ? "" : reference + ": ") + String.join(" and ", applicantNames);
        }
        String range = profile.stream().filter(line -> line.key().equals("Approved for")).map(ProfileLine::value)
                .findFirst().orElse("no approval range");
        return "Household of " + agencyName + " (" + origin.words() + "), " + range;
    }
}
