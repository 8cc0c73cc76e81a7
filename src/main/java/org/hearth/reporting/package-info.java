/**
 * Reporting: the figures the agency is judged by, computed from the children's dated journey
 * events: the adoption scorecard (A1, A2, A3, A10) for a borough, an agency or the hub, over any
 * period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "access", "audit", "children", "organisation" })
package org.hearth.reporting;
