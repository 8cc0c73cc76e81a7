/**
 * The hub, its agencies (RAAs), the local authorities each agency serves, teams and local bases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = { "audit", "calendar" })
package org.hearth.organisation;
