/**
 * Matching: family-finding searches for a child or a sibling group to be placed together, in-house
 * first (with horizon scanning of households in stage 2) and widened to other agencies only after
 * both managers' sign-offs; hard rules that exclude a household with a reason, soft factors that
 * score it with words, ranking in both directions, and placements with the inter-agency fee due.
 *
 * <p>The module's root package is its API; the named rules and factors live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching", allowedDependencies = { "children", "adopters", "access", "audit", "organisation",
        "calendar", "notifications", "home" })
package org.hearth.matching;
