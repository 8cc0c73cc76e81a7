package org.hearth.access;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds members of staff by user name and an agency's active staff, for naming a worker on a case. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StaffMember> byUsername(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT username, display_name, email, role, agency_id FROM staff_account WHERE username = :u")
			.param("u", username.trim().toLowerCase(java.util.Locale.ROOT))
			.query((rs, n) -> member(rs))
			.optional();
	}

	/** The enabled staff of an agency whose role is one of these, by name. */
	public List<StaffMember> ofAgency(String agencyId, java.util.Collection<Role> roles) {
		return jdbc.sql("SELECT username, display_name, email, role, agency_id FROM staff_account "
				+ "WHERE agency_id = :agency AND enabled = TRUE ORDER BY display_name")
			.param("agency", agencyId)
			.query((rs, n) -> member(rs))
			.list()
			.stream()
			.filter(m -> roles.contains(m.role()))
			.toList();
	}

	private static StaffMember member(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new StaffMember(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getString("agency_id"));
	}
}
