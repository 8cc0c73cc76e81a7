/**
 * Users, roles, sign-in, the second factor, API tokens, and the one access policy that decides who
 * sees which personal record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = { "organisation", "audit" })
package org.hearth.access;
