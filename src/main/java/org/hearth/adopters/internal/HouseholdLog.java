package org.hearth.adopters.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.adopters.Enquiry;
import org.hearth.adopters.LogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A household's history and its enquiries: append only. */
@Repository
public class HouseholdLog {

	private final JdbcClient jdbc;

	HouseholdLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public LogEntry add(UUID householdId, LogEntry.Kind kind, LocalDate on, String detail, String by, Instant at) {
		var entry = new LogEntry(UUID.randomUUID(), householdId, kind, on, detail, by, at);
		jdbc.sql("""
				INSERT INTO household_log (id, household_id, kind, on_date, detail, recorded_by, recorded_at)
				VALUES (:id, :household, :kind, :on, :detail, :by, :at)""")
			.param("id", entry.id())
			.param("household", householdId)
			.param("kind", kind.name())
			.param("on", on)
			.param("detail", detail)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
		return entry;
	}

	public List<LogEntry> of(UUID householdId) {
		return jdbc.sql("SELECT * FROM household_log WHERE household_id = :id ORDER BY on_date DESC, recorded_at DESC")
			.param("id", householdId)
			.query(HouseholdLog::entry)
			.list();
	}

	/** The last day anyone was in touch with each household of the agency: contacts, sessions, enquiries. */
	public Map<UUID, LocalDate> lastContacts(String agencyId) {
		var result = new java.util.HashMap<UUID, LocalDate>();
		jdbc.sql("""
				SELECT l.household_id, MAX(l.on_date) AS last_on FROM household_log l
				JOIN household h ON h.id = l.household_id
				WHERE h.agency_id = :agency AND l.kind IN ('ENQUIRY', 'CONTACT', 'ASSESSMENT_SESSION', 'EVENT')
				GROUP BY l.household_id""")
			.param("agency", agencyId)
			.query((rs, n) -> result.put(rs.getObject("household_id", UUID.class), rs.getObject("last_on", LocalDate.class)))
			.list();
		return result;
	}

	public Optional<LocalDate> lastContact(UUID householdId) {
		return Optional.ofNullable(jdbc.sql("""
				SELECT MAX(on_date) FROM household_log WHERE household_id = :id
				AND kind IN ('ENQUIRY', 'CONTACT', 'ASSESSMENT_SESSION', 'EVENT')""")
			.param("id", householdId)
			.query(LocalDate.class)
			.single());
	}

	public Enquiry addEnquiry(Enquiry enquiry) {
		jdbc.sql("""
				INSERT INTO enquiry (id, household_id, received_on, received_at, via, source, campaign, duplicate, recorded_by)
				VALUES (:id, :household, :on, :at, :via, :source, :campaign, :duplicate, :by)""")
			.param("id", enquiry.id())
			.param("household", enquiry.householdId())
			.param("on", enquiry.receivedOn())
			.param("at", OffsetDateTime.ofInstant(enquiry.receivedAt(), ZoneOffset.UTC))
			.param("via", enquiry.via().name())
			.param("source", enquiry.source().name())
			.param("campaign", enquiry.campaign())
			.param("duplicate", enquiry.duplicate())
			.param("by", enquiry.recordedBy())
			.update();
		return enquiry;
	}

	public List<Enquiry> enquiriesOf(UUID householdId) {
		return jdbc.sql("SELECT * FROM enquiry WHERE household_id = :id ORDER BY received_at")
			.param("id", householdId)
			.query((rs, n) -> new Enquiry(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
					rs.getObject("received_on", LocalDate.class), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
					Enquiry.Via.valueOf(rs.getString("via")), Enquiry.Source.valueOf(rs.getString("source")),
					rs.getString("campaign"), rs.getBoolean("duplicate"), rs.getString("recorded_by")))
			.list();
	}

	private static LogEntry entry(ResultSet rs, int row) throws SQLException {
		return new LogEntry(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				LogEntry.Kind.valueOf(rs.getString("kind")), rs.getObject("on_date", LocalDate.class),
				rs.getString("detail"), rs.getString("recorded_by"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}
}
