package org.hearth;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules talk only through their APIs and the dependencies each declares. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(HearthApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}
}
