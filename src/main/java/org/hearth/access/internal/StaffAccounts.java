package org.hearth.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores staff accounts. */
@Repository
public class StaffAccounts {

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StaffAccount> byUsername(String username) {
		return jdbc.sql("SELECT * FROM staff_account WHERE username = :username")
			.param("username", StaffAccount.normalise(username))
			.query(StaffAccounts::account)
			.optional();
	}

	public Optional<StaffAccount> byId(UUID id) {
		return jdbc.sql("SELECT * FROM staff_account WHERE id = :id").param("id", id).query(StaffAccounts::account).optional();
	}

	/** The account's access version now, or empty if there is no such account: one query by id. */
	public Optional<Integer> accessVersionOf(UUID id) {
		return jdbc.sql("SELECT access_version FROM staff_account WHERE id = :id").param("id", id).query(Integer.class).optional();
	}

	public List<StaffAccount> all() {
		return jdbc.sql("SELECT * FROM staff_account ORDER BY display_name").query(StaffAccounts::account).list();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single();
	}

	public boolean exists(String username) {
		return byUsername(username).isPresent();
	}

	public void add(StaffAccount account) {
		jdbc.sql("""
				INSERT INTO staff_account (id, username, display_name, email, role, agency_id, borough_code, password_hash,
				  enabled, failed_sign_ins, locked_until, totp_secret, totp_enabled, created_at, access_version)
				VALUES (:id, :username, :displayName, :email, :role, :agencyId, :boroughCode, :passwordHash,
				  :enabled, :failedSignIns, :lockedUntil, :totpSecret, :totpEnabled, :createdAt, :accessVersion)""")
			.params(columns(account))
			.update();
	}

	public void update(StaffAccount account) {
		jdbc.sql("""
				UPDATE staff_account SET display_name = :displayName, email = :email, role = :role, agency_id = :agencyId,
				  borough_code = :boroughCode, password_hash = :passwordHash, enabled = :enabled,
				  failed_sign_ins = :failedSignIns, locked_until = :lockedUntil, totp_secret = :totpSecret,
				  totp_enabled = :totpEnabled, access_version = :accessVersion
				WHERE id = :id""")
			.params(columns(account))
			.update();
	}

	private static Map<String, Object> columns(StaffAccount a) {
		var columns = new HashMap<String, Object>();
		columns.put("id", a.id());
		columns.put("username", a.username());
		columns.put("displayName", a.displayName());
		columns.put("email", a.email());
		columns.put("role", a.role().name());
		columns.put("agencyId", a.agencyId());
		columns.put("boroughCode", a.boroughCode());
		columns.put("passwordHash", a.passwordHash());
		columns.put("enabled", a.enabled());
		columns.put("failedSignIns", a.failedSignIns());
		columns.put("lockedUntil", timestamp(a.lockedUntil()));
		columns.put("totpSecret", a.totpSecret());
		columns.put("totpEnabled", a.totpEnabled());
		columns.put("createdAt", timestamp(a.createdAt()));
		columns.put("accessVersion", a.accessVersion());
		return columns;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static StaffAccount account(ResultSet rs, int row) throws SQLException {
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getString("agency_id"),
				rs.getString("borough_code"), rs.getString("password_hash"), rs.getBoolean("enabled"),
				rs.getInt("failed_sign_ins"), instant(rs, "locked_until"), rs.getString("totp_secret"),
				rs.getBoolean("totp_enabled"), instant(rs, "created_at"),
				rs.getInt("access_version"));
	}
}
