/**
 * Children: each borough's children in one regional permanence tracker, their journey as dated
 * events, the tracker stage derived from them, harder-to-place characteristics and life story work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Children",
		allowedDependencies = { "access", "audit", "organisation", "calendar" })
package org.hearth.children;
