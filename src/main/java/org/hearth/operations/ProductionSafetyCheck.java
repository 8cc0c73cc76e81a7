package org.hearth.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses to start a node in the production profile with demo data, the embedded database, the default
 * database user, a database without a password, or without its own audit key. Registered in META-INF/spring.factories so that it runs
 * before anything touches the database.
 */
public class ProductionSafetyCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		var problems = problems(event.getEnvironment());
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"Hearth will not start in the production profile: " + String.join("; ", problems));
		}
	}

	static List<String> problems(Environment environment) {
		var problems = new ArrayList<String>();
		if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
			return problems;
		}
		if (environment.getProperty("hearth.demo.enabled", Boolean.class, false)) {
			problems.add("demo data is switched on (set HEARTH_DEMO_DATA=false)");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:h2:")) {
			problems.add("the embedded H2 database is configured (set HEARTH_DATABASE_URL to PostgreSQL)");
		}
		String password = environment.getProperty("spring.datasource.password", "");
		if (password.isBlank()) {
			problems.add("the database password is empty (set HEARTH_DATABASE_PASSWORD)");
		}
		if ("sa".equals(environment.getProperty("spring.datasource.username"))) {
			problems.add("the database user is the default 'sa' (set HEARTH_DATABASE_USER)");
		}
		String auditKey = environment.getProperty("hearth.audit.key", "");
		if (auditKey.length() < 32 || auditKey.contains("development")) {
			problems.add("the audit key is missing, too short or the development one (set HEARTH_AUDIT_KEY to at least 32 random characters)");
		}
		return problems;
	}
}
