package org.hearth.organisation;

import java.util.UUID;

import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maintains the organisation: every change is audited with the record before and after. */
@Service
@Transactional
public class OrganisationChanges {

	private final JdbcClient jdbc;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	OrganisationChanges(JdbcClient jdbc, OrganisationDirectory directory, AuditLog audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	public void addHub(String id, String name) {
		jdbc.sql("INSERT INTO hub (id, name) VALUES (:id, :name)").param("id", id).param("name", name).update();
		audit.record(AuditRecord.created(AuditScope.administration(), "hub", id, "Hub added", name));
	}

	public void addAgency(AgencyId id, String hubId, String name) {
		if (directory.agency(id).isPresent()) {
			throw new OrganisationRuleBroken("id", "An agency with this identifier already exists");
		}
		jdbc.sql("INSERT INTO agency (id, hub_id, name) VALUES (:id, :hub, :name)")
			.param("id", id.value())
			.param("hub", hubId)
			.param("name", name)
			.update();
		audit.record(AuditRecord.created(AuditScope.administration(), "agency", id.value(), "Agency added", name));
	}

	public void saveLocalAuthority(LocalAuthority authority) {
		if (directory.agency(authority.agencyId()).isEmpty()) {
			throw new OrganisationRuleBroken("agencyId", "Select the agency that serves this local authority");
		}
		var before = directory.localAuthority(authority.code());
		if (authority.host()) {
			// an agency has one host authority
			jdbc.sql("UPDATE local_authority SET host = FALSE WHERE agency_id = :agency AND ons_code <> :code")
				.param("agency", authority.agencyId().value())
				.param("code", authority.code().value())
				.update();
		}
		if (before.isPresent()) {
			jdbc.sql("UPDATE local_authority SET name = :name, agency_id = :agency, host = :host WHERE ons_code = :code")
				.params(params(authority))
				.update();
			audit.record(AuditRecord.changed(AuditScope.administration(), "local-authority", authority.code().value(), "Local authority changed",
					before.get().toString(), authority.toString()));
		}
		else {
			jdbc.sql("INSERT INTO local_authority (ons_code, name, agency_id, host) VALUES (:code, :name, :agency, :host)")
				.params(params(authority))
				.update();
			audit.record(AuditRecord.created(AuditScope.administration(), "local-authority", authority.code().value(), "Local authority added",
					authority.toString()));
		}
	}

	public Team addTeam(AgencyId agency, String name, TeamKind kind) {
		var team = new Team(UUID.randomUUID(), agency, name, kind);
		jdbc.sql("INSERT INTO team (id, agency_id, name, kind) VALUES (:id, :agency, :name, :kind)")
			.param("id", team.id())
			.param("agency", agency.value())
			.param("name", name)
			.param("kind", kind.name())
			.update();
		audit.record(AuditRecord.created(AuditScope.administration(), "team", team.id().toString(), "Team added", team.toString()));
		return team;
	}

	public LocalBase addBase(AgencyId agency, String name, String localAuthorityCode, String address) {
		var base = new LocalBase(UUID.randomUUID(), agency, name, localAuthorityCode, address);
		jdbc.sql("""
				INSERT INTO local_base (id, agency_id, name, local_authority_code, address)
				VALUES (:id, :agency, :name, :la, :address)""")
			.param("id", base.id())
			.param("agency", agency.value())
			.param("name", name)
			.param("la", localAuthorityCode)
			.param("address", address)
			.update();
		audit.record(AuditRecord.created(AuditScope.administration(), "local-base", base.id().toString(), "Local base added", base.toString()));
		return base;
	}

	private static java.util.Map<String, Object> params(LocalAuthority authority) {
		return java.util.Map.of("code", authority.code().value(), "name", authority.name(), "agency",
				authority.agencyId().value(), "host", authority.host());
	}
}
