package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix: every endpoint, walked with the demo account of every role, with a record of the
 * user's own borough and one of another. Each endpoint declares who may reach it in {@link AccessMatrix};
 * an endpoint missing from it fails the build.
 */
class AccessMatrixIT extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	org.hearth.access.internal.StaffAccounts accounts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	AccessMatrix matrix;

	@org.junit.jupiter.api.BeforeEach
	void matrix() {
		matrix = new AccessMatrix(accounts, jdbc);
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.hearth")) {
				for (String pattern : info.getPatternValues()) {
					var methods = info.getMethodsCondition().getMethods();
					if (methods.isEmpty()) {
						endpoints.add("ANY " + pattern);
					}
					methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
				}
			}
		});
		assertThat(matrix.endpoints()).as("endpoints in the access matrix").containsExactlyInAnyOrderElementsOf(endpoints);
	}

	@TestFactory
	Stream<DynamicTest> everyRoleReachesOnlyWhatItMay() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Role role : Role.values()) {
			String username = AccessMatrix.demoAccountOf(role);
			for (var entry : matrix.rules().entrySet()) {
				for (var target : matrix.targets(entry.getValue())) {
					tests.add(DynamicTest.dynamicTest(role + " " + entry.getKey() + " " + target.description(), () -> {
						String[] parts = entry.getKey().split(" ", 2);
						var request = request(HttpMethod.valueOf(parts[0]), target.path(parts[1]))
							.with(as(username))
							.with(csrf());
						entry.getValue().params().forEach((name, value) -> request.param(name, target.fill(value)));
						if (entry.getValue().json() != null) {
							request.contentType("application/json").content(target.fill(entry.getValue().json()));
						}
						int status = mvc.perform(request).andReturn().getResponse().getStatus();
						boolean expected = matrix.allows(entry.getValue(), role, username, target);
						if (expected) {
							assertThat(status).as("%s may %s (%s)", username, entry.getKey(), target.description())
								.isNotIn(401, 403, 404, 405)
								.isLessThan(500);
						}
						else {
							assertThat(status).as("%s may not %s (%s)", username, entry.getKey(), target.description())
								.isIn(403, 404);
						}
					}));
				}
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> noOneSignedInReachesOnlyPublicPages() {
		return matrix.rules().entrySet().stream().map(entry -> DynamicTest.dynamicTest("anonymous " + entry.getKey(), () -> {
			String[] parts = entry.getKey().split(" ", 2);
			var target = matrix.targets(entry.getValue()).get(0);
			var request = request(HttpMethod.valueOf(parts[0]), target.path(parts[1])).with(csrf());
			entry.getValue().params().forEach((name, value) -> request.param(name, target.fill(value)));
			if (entry.getValue().json() != null) {
				request.contentType("application/json").content(target.fill(entry.getValue().json()));
			}
			var response = mvc.perform(request).andReturn().getResponse();
			if (entry.getValue().kind() == AccessMatrix.Kind.PUBLIC) {
				assertThat(response.getStatus()).isLessThan(400);
			}
			else if (parts[1].startsWith("/api/")) {
				assertThat(response.getStatus()).isEqualTo(401);
			}
			else {
				assertThat(response.getStatus()).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).endsWith("/login");
			}
		}));
	}

	static Map<String, String> params(String... pairs) {
		var map = new java.util.LinkedHashMap<String, String>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}
}
