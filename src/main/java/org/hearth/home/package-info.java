/**
 * What every page shares: the header with the user's agency, navigation by role, the home page of
 * each role, error pages and the API's problem answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = { "access", "organisation", "calendar" })
package org.hearth.home;
