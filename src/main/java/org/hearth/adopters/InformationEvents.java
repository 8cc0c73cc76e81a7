package org.hearth.adopters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.access.AccessPolicy;
import org.hearth.access.Capability;
import org.hearth.access.CurrentUser;
import org.hearth.access.RecordNotFound;
import org.hearth.adopters.internal.HouseholdLog;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's information events for people thinking about adopting: who booked, who came. Coming to
 * an event counts as a contact with the household.
 */
@Service
@Transactional
public class InformationEvents {

	public record Event(UUID id, String agencyId, String title, LocalDate heldOn, String place, int capacity, int booked,
			int attended) {

		public boolean full() {
			return booked >= capacity;
		}
	}

	public record Booking(UUID eventId, String title, LocalDate heldOn, LocalDate bookedOn, Boolean attended) {
	}

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Households households;

	private final HouseholdLog log;

	private final AuditLog audit;

	private final Clock clock;

	InformationEvents(JdbcClient jdbc, AccessPolicy policy, Households households, HouseholdLog log, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.households = households;
		this.log = log;
		this.audit = audit;
		this.clock = clock;
	}

	private String agencyOf(CurrentUser user) {
		return policy.householdAgencyScope(user).orElseThrow(() -> new AccessDeniedException("Your role does not allow this"));
	}

	@Transactional(readOnly = true)
	public List<Event> ofMyAgency(CurrentUser user) {
		return jdbc.sql("""
				SELECT e.*, (SELECT COUNT(*) FROM event_booking b WHERE b.event_id = e.id) AS booked,
				  (SELECT COUNT(*) FROM event_booking b WHERE b.event_id = e.id AND b.attended = TRUE) AS came
				FROM information_event e WHERE e.agency_id = :agency ORDER BY e.held_on DESC""")
			.param("agency", agencyOf(user))
			.query((rs, n) -> new Event(rs.getObject("id", UUID.class), rs.getString("agency_id"), rs.getString("title"),
					rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getInt("capacity"),
					rs.getInt("booked"), rs.getInt("came")))
			.list();
	}

	public Event create(CurrentUser user, String title, LocalDate heldOn, String place, int capacity) {
		String agency = agencyOf(user);
		policy.require(user, Capability.CASE_WRITE);
		if (title == null || title.isBlank()) {
			throw new HouseholdRuleBroken("title", "Enter the event's title");
		}
		if (place == null || place.isBlank()) {
			throw new HouseholdRuleBroken("place", "Enter where the event is held");
		}
		TextLimits.check(title, 200, "title", "the event's title");
		TextLimits.check(place, 200, "place", "where the event is held");
		if (capacity < 1) {
			throw new HouseholdRuleBroken("capacity", "Enter how many places there are, 1 or more");
		}
		var event = new Event(UUID.randomUUID(), agency, title.trim(), heldOn, place.trim(), capacity, 0, 0);
		jdbc.sql("INSERT INTO information_event (id, agency_id, title, held_on, place, capacity) VALUES (:id, :agency, :title, :on, :place, :capacity)")
			.param("id", event.id()).param("agency", agency).param("title", event.title()).param("on", heldOn)
			.param("place", event.place()).param("capacity", capacity)
			.update();
		audit.record(AuditRecord.created(AuditScope.agency(agency), "information-event", event.id().toString(), "Information event created", null));
		return event;
	}

	@Transactional(readOnly = true)
	public List<Booking> bookingsOf(CurrentUser user, UUID householdId) {
		households.readable(user, householdId);
		return jdbc.sql("""
				SELECT b.*, e.title, e.held_on FROM event_booking b JOIN information_event e ON e.id = b.event_id
				WHERE b.household_id = :id ORDER BY e.held_on""")
			.param("id", householdId)
			.query((rs, n) -> new Booking(rs.getObject("event_id", UUID.class), rs.getString("title"),
					rs.getObject("held_on", LocalDate.class), rs.getObject("booked_on", LocalDate.class),
					(Boolean) rs.getObject("attended")))
			.list();
	}

	/** Books the household on an event of its agency that has a place left. */
	public void book(CurrentUser user, UUID householdId, UUID eventId) {
		households.checkMayChange(user, householdId);
		var household = households.readable(user, householdId);
		var event = ofMyAgency(user).stream().filter(e -> e.id().equals(eventId)).findFirst()
			.orElseThrow(() -> new HouseholdRuleBroken("choice", "Select an information event"));
		if (!event.agencyId().equals(household.agencyId())) {
			throw new RecordNotFound("Information event");
		}
		if (bookingsOf(user, householdId).stream().anyMatch(b -> b.eventId().equals(eventId))) {
			throw new HouseholdRuleBroken("choice", "The household is already booked on this event");
		}
		if (event.full()) {
			throw new HouseholdRuleBroken("choice", "The event is full (" + event.capacity() + " places)");
		}
		jdbc.sql("INSERT INTO event_booking (event_id, household_id, booked_on) VALUES (:event, :household, :on)")
			.param("event", eventId).param("household", householdId).param("on", LocalDate.now(clock))
			.update();
		audit.record(AuditRecord.changed(AuditScope.agency(household.agencyId()), "household", householdId.toString(),
				"Booked on an information event: household " + household.reference(), null, null));
	}

	/** Records that the household came to an event it booked: a contact on the day of the event. */
	public void recordAttendance(CurrentUser user, UUID householdId, UUID eventId) {
		households.checkMayChange(user, householdId);
		var booking = bookingsOf(user, householdId).stream().filter(b -> b.eventId().equals(eventId)).findFirst()
			.orElseThrow(() -> new HouseholdRuleBroken("choice", "Select an event the household booked"));
		if (booking.heldOn().isAfter(LocalDate.now(clock))) {
			throw new HouseholdRuleBroken("choice", "The event has not happened yet");
		}
		jdbc.sql("UPDATE event_booking SET attended = TRUE WHERE event_id = :event AND household_id = :household")
			.param("event", eventId).param("household", householdId)
			.update();
		log.add(householdId, LogEntry.Kind.EVENT, booking.heldOn(), booking.title(), user.username(), clock.instant());
		audit.record(AuditRecord.changed(AuditScope.agency(user.agencyId()), "household", householdId.toString(), "Came to an information event", null, null));
	}
}
