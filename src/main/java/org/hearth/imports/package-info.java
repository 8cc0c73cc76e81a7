/**
 * Imports: a borough's own tracker read from a CSV file into the children's tracker, checked first
 * (every problem by row and column), then applied all or nothing, with progress shown for large files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports",
		allowedDependencies = { "children", "access", "audit", "organisation" })
package org.hearth.imports;
