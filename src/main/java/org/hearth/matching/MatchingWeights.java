package org.hearth.matching;

/**
 * The most points each soft factor can give: an agency setting. The defaults add up to 100, so a
 * score reads as "out of 100"; an agency may set any non-negative whole numbers (a weight of 0
 * switches a factor off), with at least one above 0.
 *
 * <p>Defaults and why:
 * <ul>
 *   <li>needs capacity 25: a family able to meet the child's needs with room to spare is what most
 *       often keeps a placement together;</li>
 *   <li>heritage 20: reflecting the child's heritage matters to identity, but since 2014 the law in
 *       England no longer asks agencies to give it particular weight, and a child must not wait for
 *       a perfect ethnic match;</li>
 *   <li>contact 15: the contact plan is made for the child and the family must be able to carry it;</li>
 *   <li>early permanence 10, religion 10, language 10, distance from the birth family 10.</li>
 * </ul>
 */
public record MatchingWeights(int heritage, int religion, int language, int needsCapacity, int earlyPermanence,
        int contact, int distance) {

    public MatchingWeights {
        if (heritage < 0 || religion < 0 || language < 0 || needsCapacity < 0 || earlyPermanence < 0 || contact < 0
                || distance < 0) {
            throw new IllegalArgumentException("A matching weight cannot be negative");
        }
        if (heritage + religion + language + needsCapacity + earlyPermanence + contact + distance == 0) {
            throw new IllegalArgumentException("At least one matching weight must be above 0");
        }
    }

    public static MatchingWeights defaults() {
        return new MatchingWeights(20, 10, 10, 25, 10, 15, 10);
    }

    public int of(Factor factor) {
        return switch (factor) {
            case HERITAGE -> heritage;
            case RELIGION -> religion;
            case LANGUAGE -> language;
            case NEEDS_CAPACITY -> needsCapacity;
            case EARLY_PERMANENCE -> earlyPermanence;
            case CONTACT -> contact;
            case DISTANCE -> distance;
        };
    }

    /** The most a household can score: the sum of the weights. */
    public int total() {
        return heritage + religion + language + needsCapacity + earlyPermanence + contact + distance;
    }
}
