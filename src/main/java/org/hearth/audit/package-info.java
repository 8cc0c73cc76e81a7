/**
 * The append-only record of every sign-in, change, view and export of a personal record, chained by
 * hashes so that tampering shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "calendar" })
package org.hearth.audit;
