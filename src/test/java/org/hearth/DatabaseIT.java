package org.hearth;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The integration tests run on the database the build asked for, with every migration applied. */
class DatabaseIT extends IntegrationTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Value("${hearth.test.database}")
	String expected;

	@Test
	void runsOnTheDatabaseTheBuildAskedFor() throws Exception {
		try (var connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
			assertThat(product).contains(expected.equals("postgres") ? "postgresql" : "h2");
		}
	}

	@Test
	void everyMigrationIsApplied() {
		var failed = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE").query(Long.class).single();
		var applied = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE").query(Long.class).single();
		assertThat(failed).isZero();
		assertThat(applied).isGreaterThanOrEqualTo(5);
	}
}
