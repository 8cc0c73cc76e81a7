package org.hearth.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the hub's agencies, the local authorities each serves, their teams and local bases. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final JdbcClient jdbc;

	OrganisationDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Agency> agencies() {
		return jdbc.sql("SELECT a.id, a.name, h.name AS hub FROM agency a JOIN hub h ON h.id = a.hub_id ORDER BY a.name")
			.query((rs, n) -> new Agency(new AgencyId(rs.getString("id")), rs.getString("name"), rs.getString("hub")))
			.list();
	}

	public Optional<Agency> agency(AgencyId id) {
		return agencies().stream().filter(a -> a.id().equals(id)).findFirst();
	}

	public List<LocalAuthority> localAuthorities() {
		return jdbc.sql("SELECT * FROM local_authority ORDER BY name").query((rs, n) -> localAuthority(rs)).list();
	}

	public List<LocalAuthority> localAuthoritiesOf(AgencyId agency) {
		return jdbc.sql("SELECT * FROM local_authority WHERE agency_id = :agency ORDER BY name")
			.param("agency", agency.value())
			.query((rs, n) -> localAuthority(rs))
			.list();
	}

	public Optional<LocalAuthority> localAuthority(OnsCode code) {
		return jdbc.sql("SELECT * FROM local_authority WHERE ons_code = :code")
			.param("code", code.value())
			.query((rs, n) -> localAuthority(rs))
			.optional();
	}

	public List<Team> teamsOf(AgencyId agency) {
		return jdbc.sql("SELECT * FROM team WHERE agency_id = :agency ORDER BY name")
			.param("agency", agency.value())
			.query((rs, n) -> new Team(rs.getObject("id", UUID.class), new AgencyId(rs.getString("agency_id")),
					rs.getString("name"), TeamKind.valueOf(rs.getString("kind"))))
			.list();
	}

	public List<LocalBase> basesOf(AgencyId agency) {
		return jdbc.sql("SELECT * FROM local_base WHERE agency_id = :agency ORDER BY name")
			.param("agency", agency.value())
			.query((rs, n) -> new LocalBase(rs.getObject("id", UUID.class), new AgencyId(rs.getString("agency_id")),
					rs.getString("name"), rs.getString("local_authority_code"), rs.getString("address")))
			.list();
	}

	private static LocalAuthority localAuthority(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new LocalAuthority(new OnsCode(rs.getString("ons_code")), rs.getString("name"),
				new AgencyId(rs.getString("agency_id")), rs.getBoolean("host"));
	}
}
