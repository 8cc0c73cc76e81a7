package org.hearth.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the pending grants of roles with case access, and how each was decided. */
@Repository
public class RoleGrants {

	private static final String SELECT = """
			SELECT g.*, a.display_name AS account_name, a.role AS account_role, r.display_name AS requester_name
			FROM role_grant g JOIN staff_account a ON a.id = g.account_id JOIN staff_account r ON r.id = g.requested_by
			""";

	private final JdbcClient jdbc;

	RoleGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID id, UUID accountId, Role role, String agencyId, String boroughCode, UUID requestedBy, Instant at) {
		jdbc.sql("""
				INSERT INTO role_grant (id, account_id, role, agency_id, borough_code, requested_by, requested_at)
				VALUES (:id, :account, :role, :agency, :borough, :by, :at)""")
			.param("id", id)
			.param("account", accountId)
			.param("role", role.name())
			.param("agency", agencyId)
			.param("borough", boroughCode)
			.param("by", requestedBy)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** Every grant still waiting, oldest first. */
	public List<RoleGrant> pending() {
		return jdbc.sql(SELECT + " WHERE g.decided_at IS NULL ORDER BY g.requested_at").query(RoleGrants::grant).list();
	}

	public Optional<RoleGrant> pendingFor(UUID accountId) {
		return jdbc.sql(SELECT + " WHERE g.decided_at IS NULL AND g.account_id = :account")
			.param("account", accountId)
			.query(RoleGrants::grant)
			.optional();
	}

	Optional<RoleGrant> pendingById(UUID id) {
		return jdbc.sql(SELECT + " WHERE g.decided_at IS NULL AND g.id = :id").param("id", id).query(RoleGrants::grant).optional();
	}

	/** Records the outcome: approved, declined, or replaced by a later request. */
	void decide(UUID id, UUID decidedBy, String outcome, Instant at) {
		jdbc.sql("UPDATE role_grant SET decided_by = :by, decided_at = :at, outcome = :outcome WHERE id = :id AND decided_at IS NULL")
			.param("by", decidedBy)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("outcome", outcome)
			.param("id", id)
			.update();
	}

	private static RoleGrant grant(ResultSet rs, int row) throws SQLException {
		return new RoleGrant(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("account_name"), Role.valueOf(rs.getString("account_role")), Role.valueOf(rs.getString("role")),
				rs.getString("agency_id"), rs.getString("borough_code"), rs.getObject("requested_by", UUID.class),
				rs.getString("requester_name"), rs.getObject("requested_at", OffsetDateTime.class).toInstant());
	}
}
