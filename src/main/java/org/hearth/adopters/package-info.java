/**
 * Adopters: the single front door (enquiries and information events), households and their applicants,
 * stage 1 and its statutory checks, stage 2 and the prospective adopter's report, panel and the agency
 * decision, qualifying determinations, the approval range, deadlines and prompts, and the workload read
 * model (with the children waiting beside the applicants, read through the children module's API). A
 * household's stage and deadlines follow from its dates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Adopters",
		allowedDependencies = { "access", "audit", "organisation", "calendar", "notifications", "children" })
package org.hearth.adopters;
