package org.hearth.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inter-agency fees by date: an agency setting, whose defaults are the published fees for
 * England. The fee is the one in force on the placement date, the day the child moves in.
 *
 * <p>Defaults ({@link #defaults()}):
 * <ul>
 *   <li>between local authorities and RAAs, from 1 April 2011: £27,000 per child, London agencies
 *       +10% (£29,700);</li>
 *   <li>with a voluntary adoption agency: £31,620 for one child from 1 April 2019; £37,000 from
 *       1 April 2024 (UNCONFIRMED: the source says just over £37,000); £39,245 from 1 April 2025.</li>
 * </ul>
 * Sibling groups pay higher rates, but the amounts are UNCONFIRMED: each further child of a group
 * defaults to the single-child amount, and a fee resting on it says so
 * ({@link FeeDue#unconfirmed()}). Years without a row use the latest earlier row of the same kind.
 */
public record InterAgencyFeeTable(List<InterAgencyFeeRow> rows) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public InterAgencyFeeTable {
        rows = rows.stream()
                .sorted(Comparator.comparing(InterAgencyFeeRow::kind).thenComparing(InterAgencyFeeRow::from))
                .toList();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).kind() == rows.get(i - 1).kind() && rows.get(i).from().equals(rows.get(i - 1).from())) {
                throw new IllegalArgumentException("The fee table has two rows for " + rows.get(i).kind().words()
                        + " from " + DATE.format(rows.get(i).from()));
            }
        }
    }

    public static InterAgencyFeeTable defaults() {
        String statutory = "Inter-agency fee between local authorities and RAAs (agreed 2011, still applied in 2025/26)";
        return new InterAgencyFeeTable(List.of(
                new InterAgencyFeeRow(LocalDate.of(2011, 4, 1), AgencyKind.LOCAL_AUTHORITY_OR_RAA,
                        Money.pounds(27_000), Money.pounds(27_000), 10, true, false, statutory),
                new InterAgencyFeeRow(LocalDate.of(2019, 4, 1), AgencyKind.VOLUNTARY_ADOPTION_AGENCY,
                        Money.pounds(31_620), Money.pounds(31_620), 0, true, false,
                        "Voluntary adoption agency fee 2019/20"),
                new InterAgencyFeeRow(LocalDate.of(2024, 4, 1), AgencyKind.VOLUNTARY_ADOPTION_AGENCY,
                        Money.pounds(37_000), Money.pounds(37_000), 0, false, false,
                        "Voluntary adoption agency fee 2024/25 (\"just over £37,000\": exact figure UNCONFIRMED)"),
                new InterAgencyFeeRow(LocalDate.of(2025, 4, 1), AgencyKind.VOLUNTARY_ADOPTION_AGENCY,
                        Money.pounds(39_245), Money.pounds(39_245), 0, true, false,
                        "Voluntary adoption agency fee 2025/26")));
    }

    /** The row of that kind in force on the placement date, if the table has one. */
    public Optional<InterAgencyFeeRow> rowFor(AgencyKind kind, LocalDate placementDate) {
        InterAgencyFeeRow found = null;
        for (InterAgencyFeeRow row : rows) {
            if (row.kind() == kind && !row.from().isAfter(placementDate)) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The fee an inter-agency placement with the agency's household costs.
     *
     * @param children      the number of children placed together
     * @param placementDate the day the child moves in
     * @throws IllegalArgumentException when the table has no row for that kind on that date
     */
    public FeeDue feeFor(ProvidingAgency agency, int children, LocalDate placementDate) {
        if (children < 1) {
            throw new IllegalArgumentException("A placement is of at least one child");
        }
        InterAgencyFeeRow row = rowFor(agency.kind(), placementDate).orElseThrow(() -> new IllegalArgumentException(
                "The fee table has no fee for a placement with " + agency.kind().words() + " on "
                        + DATE.format(placementDate) + ": add a row from that date or earlier"));
        Money amount = row.firstChild().plus(row.eachFurtherChild().times(children - 1));
        StringBuilder basis = new StringBuilder(row.source()).append(", from ").append(DATE.format(row.from()))
                .append(": ").append(row.firstChild()).append(children == 1 ? " for one child" : " for the first child");
        if (children > 1) {
            basis.append(" and ").append(row.eachFurtherChild()).append(" for each of ").append(children - 1)
                    .append(children == 2 ? " further child" : " further children");
        }
        boolean uplift = agency.inLondon() && row.londonUpliftPercent() > 0;
        if (uplift) {
            amount = amount.plusPercent(row.londonUpliftPercent());
            basis.append(", plus the London uplift of ").append(row.londonUpliftPercent()).append("%");
        }
        basis.append(": ").append(amount).append(".");
        boolean unconfirmed = !row.confirmed() || (children > 1 && !row.siblingAmountConfirmed());
        if (unconfirmed) {
            basis.append(" Rests on an amount not confirmed by a source (an agency setting): check before invoicing.");
        }
        return new FeeDue(amount, basis.toString(), unconfirmed);
    }
}
