package org.hearth.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.hearth.organisation.TeamKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: Adopt London, its four agencies and the 23 boroughs they serve (public names and ONS
 * codes), each agency's three teams and a local base in each borough. Runs once, on an empty database.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("hearth.demo.enabled")
class AdoptLondonDemoData implements ApplicationRunner {

	static final String HUB = "adopt-london";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AdoptLondonDemoData(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	private record Borough(String code, String name, boolean host) {
	}

	private record DemoAgency(String id, String name, List<Borough> boroughs) {
	}

	private static final List<DemoAgency> AGENCIES = List.of(
			new DemoAgency("adopt-london-east", "Adopt London East", List.of(
					new Borough("E09000002", "Barking and Dagenham", false),
					new Borough("E09000016", "Havering", true),
					new Borough("E09000025", "Newham", false),
					new Borough("E09000030", "Tower Hamlets", false))),
			new DemoAgency("adopt-london-north", "Adopt London North", List.of(
					new Borough("E09000003", "Barnet", false),
					new Borough("E09000007", "Camden", false),
					new Borough("E09000010", "Enfield", false),
					new Borough("E09000012", "Hackney", false),
					new Borough("E09000014", "Haringey", false),
					new Borough("E09000019", "Islington", true))),
			new DemoAgency("adopt-london-south", "Adopt London South", List.of(
					new Borough("E09000008", "Croydon", false),
					new Borough("E09000022", "Lambeth", false),
					new Borough("E09000023", "Lewisham", false),
					new Borough("E09000024", "Merton", false),
					new Borough("E09000028", "Southwark", true),
					new Borough("E09000029", "Sutton", false))),
			new DemoAgency("adopt-london-west", "Adopt London West", List.of(
					new Borough("E09000005", "Brent", false),
					new Borough("E09000009", "Ealing", true),
					new Borough("E09000013", "Hammersmith and Fulham", false),
					new Borough("E09000017", "Hillingdon", false),
					new Borough("E09000018", "Hounslow", false),
					new Borough("E09000020", "Kensington and Chelsea", false),
					new Borough("E09000033", "Westminster", false))));

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT COUNT(*) FROM hub").query(Long.class).single() > 0) {
			return;
		}
		jdbc.sql("INSERT INTO hub (id, name) VALUES (:id, 'Adopt London')").param("id", HUB).update();
		for (DemoAgency agency : AGENCIES) {
			jdbc.sql("INSERT INTO agency (id, hub_id, name) VALUES (:id, :hub, :name)")
				.param("id", agency.id())
				.param("hub", HUB)
				.param("name", agency.name())
				.update();
			for (Borough borough : agency.boroughs()) {
				jdbc.sql("INSERT INTO local_authority (ons_code, name, agency_id, host) VALUES (:code, :name, :agency, :host)")
					.param("code", borough.code())
					.param("name", borough.name())
					.param("agency", agency.id())
					.param("host", borough.host())
					.update();
				jdbc.sql("INSERT INTO local_base (id, agency_id, name, local_authority_code) VALUES (:id, :agency, :name, :code)")
					.param("id", stableId(agency.id() + "/base/" + borough.code()))
					.param("agency", agency.id())
					.param("name", borough.name() + " local base")
					.param("code", borough.code())
					.update();
			}
			for (TeamKind kind : TeamKind.values()) {
				jdbc.sql("INSERT INTO team (id, agency_id, name, kind) VALUES (:id, :agency, :name, :kind)")
					.param("id", stableId(agency.id() + "/team/" + kind))
					.param("agency", agency.id())
					.param("name", kind.label() + " team")
					.param("kind", kind.name())
					.update();
			}
		}
		audit.recordFor("demo-data", AuditRecord.created(AuditScope.administration(), "hub", HUB, "Demo organisation loaded: Adopt London", null));
	}

	private static UUID stableId(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}
}
