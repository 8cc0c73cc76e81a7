package org.hearth.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues email and in-app messages in the caller's transaction, so a message is queued if and only
 * if the change that causes it commits. In-app messages are delivered as they are queued; emails wait
 * for the sender.
 */
@Service
@Transactional
public class Outbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues the message unless one with the same dedupe key is already in the outbox.
	 *
	 * @return whether it was queued now
	 */
	public boolean queue(OutgoingMessage message) {
		var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		int rows = jdbc.sql("""
				INSERT INTO notification (id, channel, recipient, subject, body, link, about_type, about_id, dedupe_key,
				  queued_at, sent_at, attempts)
				VALUES (:id, :channel, :recipient, :subject, :body, :link, :aboutType, :aboutId, :key, :now, :sentAt, 0)
				ON CONFLICT DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("channel", message.channel().name())
			.param("recipient", message.recipient().trim())
			.param("subject", clip(message.subject(), 200))
			.param("body", clip(message.body(), 4000))
			.param("link", message.link())
			.param("aboutType", message.aboutType())
			.param("aboutId", message.aboutId())
			.param("key", message.dedupeKey())
			.param("now", now)
			.param("sentAt", message.channel() == Channel.IN_APP ? now : null)
			.update();
		return rows == 1;
	}

	/** The in-app messages for a member of staff, newest first. */
	@Transactional(readOnly = true)
	public List<Notice> inAppFor(String username) {
		return jdbc.sql("SELECT * FROM notification WHERE channel = 'IN_APP' AND recipient = :username ORDER BY queued_at DESC")
			.param("username", username)
			.query(Outbox::notice)
			.list();
	}

	/** Every message about a record, newest first. */
	@Transactional(readOnly = true)
	public List<Notice> about(String aboutType, String aboutId) {
		return jdbc.sql("SELECT * FROM notification WHERE about_type = :type AND about_id = :id ORDER BY queued_at DESC")
			.param("type", aboutType)
			.param("id", aboutId)
			.query(Outbox::notice)
			.list();
	}

	/** Emails not sent yet, oldest first. */
	@Transactional(readOnly = true)
	public List<Notice> unsentEmails(int limit, int maxAttempts) {
		return jdbc.sql("""
				SELECT * FROM notification WHERE channel = 'EMAIL' AND sent_at IS NULL AND attempts < :max
				ORDER BY queued_at LIMIT :limit""")
			.param("max", maxAttempts)
			.param("limit", limit)
			.query(Outbox::notice)
			.list();
	}

	void markSent(UUID id, Instant at) {
		jdbc.sql("UPDATE notification SET sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id AND sent_at IS NULL")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	void markFailed(UUID id, String error) {
		jdbc.sql("UPDATE notification SET attempts = attempts + 1, last_error = :error WHERE id = :id")
			.param("error", clip(error, 500))
			.param("id", id)
			.update();
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
				rs.getString("about_type"), rs.getString("about_id"), instant(rs, "queued_at"), instant(rs, "sent_at"),
				rs.getInt("attempts"), rs.getString("last_error"));
	}
}
