package org.hearth.access.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.hearth.access.AccessPolicy;
import org.hearth.access.CurrentUsers;
import org.hearth.audit.AuditReaders;
import org.hearth.audit.AuditScope;
import org.hearth.audit.AuditVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit pages, from the one access policy, which rows the signed-in reader may see. */
@Component
class AuditReadersFromPolicy implements AuditReaders {

	private final AccessPolicy policy;

	private final JdbcClient jdbc;

	AuditReadersFromPolicy(AccessPolicy policy, JdbcClient jdbc) {
		this.policy = policy;
		this.jdbc = jdbc;
	}

	@Override
	public AuditVisibility visibilityOfCurrentReader() {
		return policy.auditVisibility(CurrentUsers.signedIn().orElse(null));
	}

	@Override
	public AuditScope scopeOfCurrentReader() {
		return policy.auditScopeOf(CurrentUsers.signedIn().orElse(null));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> usernames) {
		var names = new HashMap<String, String>();
		if (usernames.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT username, display_name FROM staff_account WHERE username IN (:usernames)")
			.param("usernames", usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).distinct().toList())
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}
}
