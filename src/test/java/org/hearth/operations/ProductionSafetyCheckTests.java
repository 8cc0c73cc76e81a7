package org.hearth.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hearth.HearthApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafetyCheckTests {

	@Test
	void outsideProductionNothingIsChecked() {
		var environment = new MockEnvironment().withProperty("hearth.demo.enabled", "true");
		assertThat(ProductionSafetyCheck.problems(environment)).isEmpty();
	}

	@Test
	void productionWithDemoDataAndTheDefaultDatabaseIsRefusedWithEveryReason() {
		var environment = new MockEnvironment().withProperty("hearth.demo.enabled", "true")
			.withProperty("spring.datasource.url", "jdbc:h2:file:./data/hearth")
			.withProperty("spring.datasource.username", "sa")
			.withProperty("spring.datasource.password", "");
		environment.setActiveProfiles("production");
		assertThat(ProductionSafetyCheck.problems(environment)).hasSize(5)
			.anyMatch(p -> p.contains("audit key"))
			.anyMatch(p -> p.contains("demo data"))
			.anyMatch(p -> p.contains("H2"))
			.anyMatch(p -> p.contains("password is empty"))
			.anyMatch(p -> p.contains("'sa'"));
	}

	@Test
	void productionWithPostgresqlAndSecretsIsAccepted() {
		var environment = new MockEnvironment().withProperty("hearth.demo.enabled", "false")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.internal/hearth")
			.withProperty("spring.datasource.username", "hearth")
			.withProperty("spring.datasource.password", "a-real-secret")
			.withProperty("hearth.audit.key", "q3VfR8wLk2Zp9sXeT4yNc7Hb1MjUa6Gd");
		environment.setActiveProfiles("production");
		assertThat(ProductionSafetyCheck.problems(environment)).isEmpty();
	}

	@Test
	void productionRefusesTheDevelopmentAuditKeyAndAShortOne() {
		var environment = new MockEnvironment().withProperty("hearth.demo.enabled", "false")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.internal/hearth")
			.withProperty("spring.datasource.username", "hearth")
			.withProperty("spring.datasource.password", "a-real-secret")
			.withProperty("hearth.audit.key", "hearth-development-audit-key-not-for-production");
		environment.setActiveProfiles("production");
		assertThat(ProductionSafetyCheck.problems(environment)).singleElement()
			.satisfies(p -> assertThat(p).contains("HEARTH_AUDIT_KEY"));
		environment.setProperty("hearth.audit.key", "short-key");
		assertThat(ProductionSafetyCheck.problems(environment)).singleElement()
			.satisfies(p -> assertThat(p).contains("HEARTH_AUDIT_KEY"));
	}

	@Test
	void theApplicationRefusesToStartInProductionWithItsDefaults() {
		assertThatThrownBy(() -> SpringApplication.run(HearthApplication.class, "--spring.profiles.active=production",
				"--hearth.demo.enabled=true", "--server.port=0", "--logging.structured.format.console=",
				"--logging.level.root=OFF"))
			.hasMessageContaining("Hearth will not start in the production profile")
			.hasMessageContaining("demo data is switched on");
	}
}
