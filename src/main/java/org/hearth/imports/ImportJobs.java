package org.hearth.imports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.audit.AuditScope;
import org.hearth.children.ImportError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores import jobs. Every write commits on its own, so progress shows on every node while an import
 * runs in its own transaction.
 */
@Repository
class ImportJobs {

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	UUID create(String createdBy, AuditScope scope, String fileName, String content) {
		var id = UUID.randomUUID();
		var now = now();
		own.executeWithoutResult(tx -> jdbc.sql("""
				INSERT INTO child_import (id, created_by, created_at, updated_at, file_name, content, status,
				  audit_agency, audit_borough)
				VALUES (:id, :createdBy, :now, :now, :fileName, :content, :status, :agency, :borough)""")
			.param("agency", scope.agencyId())
			.param("borough", scope.boroughCode())
			.param("id", id)
			.param("createdBy", createdBy)
			.param("now", now)
			.param("fileName", fileName)
			.param("content", content)
			.param("status", ImportJob.Status.CHECKING.name())
			.update());
		return id;
	}

	/** The job, if this person created it. */
	Optional<ImportJob> of(UUID id, String createdBy) {
		return jdbc.sql("SELECT * FROM child_import WHERE id = :id AND created_by = :createdBy")
			.param("id", id)
			.param("createdBy", createdBy)
			.query((rs, n) -> new ImportJob(rs.getObject("id", UUID.class), rs.getString("created_by"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("file_name"),
					ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("processed"),
					(Integer) rs.getObject("new_children"), (Integer) rs.getObject("changed_children"),
					(Integer) rs.getObject("unchanged_children"), decode(rs.getString("errors")),
					instant(rs.getObject("file_deleted_at", OffsetDateTime.class))))
			.optional();
	}

	/** This person's latest jobs, newest first. */
	List<ImportJob> latestOf(String createdBy, int limit) {
		return jdbc.sql("SELECT id FROM child_import WHERE created_by = :createdBy ORDER BY created_at DESC LIMIT :limit")
			.param("createdBy", createdBy)
			.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(id -> of(id, createdBy).stream())
			.toList();
	}

	/** The uploaded file's text, or empty once it has been deleted. */
	Optional<String> content(UUID id) {
		return jdbc.sql("SELECT content FROM child_import WHERE id = :id").param("id", id)
			.query((rs, n) -> rs.getString("content"))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/**
	 * Moves the job from one status to another; false when it was not in the first (someone else moved
	 * it) or its file has been deleted.
	 */
	boolean move(UUID id, ImportJob.Status from, ImportJob.Status to) {
		return own.execute(tx -> jdbc.sql("""
				UPDATE child_import SET status = :to, processed = 0, updated_at = :now
				WHERE id = :id AND status = :from AND content IS NOT NULL""")
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.param("now", now())
			.update()) == 1;
	}

	void progress(UUID id, int processed, int total) {
		own.executeWithoutResult(tx -> jdbc.sql("""
				UPDATE child_import SET processed = :processed, total = :total, updated_at = :now WHERE id = :id""")
			.param("id", id)
			.param("processed", processed)
			.param("total", total)
			.param("now", now())
			.update());
	}

	void finish(UUID id, ImportJob.Status status, List<ImportError> errors, Integer newChildren,
			Integer changedChildren, Integer unchangedChildren) {
		boolean imported = status == ImportJob.Status.APPLIED;
		own.executeWithoutResult(tx -> jdbc.sql("""
				UPDATE child_import SET status = :status, errors = :errors, new_children = :newChildren,
				  changed_children = :changedChildren, unchanged_children = :unchangedChildren,
				  processed = total, updated_at = :now,
				  content = CASE WHEN :imported THEN NULL ELSE content END,
				  file_deleted_at = CASE WHEN :imported THEN :now ELSE file_deleted_at END
				WHERE id = :id""")
			.param("imported", imported)
			.param("id", id)
			.param("status", status.name())
			.param("errors", errors.isEmpty() ? null : encode(errors))
			.param("newChildren", newChildren)
			.param("changedChildren", changedChildren)
			.param("unchangedChildren", unchangedChildren)
			.param("now", now())
			.update());
	}

	/**
	 * Deletes the files, and the problem lists that quote them, of jobs left unchanged since
	 * {@code lastUsedBefore} (a job that long without progress is not running: it stalled).
	 *
	 * @return the ids of the jobs whose files were deleted
	 */
	List<DeletedFile> deleteFilesUnusedSince(OffsetDateTime lastUsedBefore) {
		return own.execute(tx -> {
			List<DeletedFile> deleted = jdbc.sql("""
					SELECT id, file_name, audit_agency, audit_borough FROM child_import
					WHERE content IS NOT NULL AND updated_at < :before""")
				.param("before", lastUsedBefore)
				.query((rs, n) -> new DeletedFile(rs.getObject("id", UUID.class), rs.getString("file_name"),
						new AuditScope(rs.getString("audit_agency"), rs.getString("audit_borough"),
								rs.getString("audit_agency") == null && rs.getString("audit_borough") == null)))
				.list();
			if (!deleted.isEmpty()) {
				jdbc.sql("UPDATE child_import SET content = NULL, errors = NULL, file_deleted_at = :now WHERE id IN (:ids)")
					.param("ids", deleted.stream().map(DeletedFile::id).toList())
					.param("now", now())
					.update();
			}
			return deleted;
		});
	}

	/** A job whose file was deleted, with whose it was. */
	record DeletedFile(UUID id, String fileName, AuditScope scope) {
	}

	private static java.time.Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** One problem a line: row, column and message separated by tabs. */
	static String encode(List<ImportError> errors) {
		var text = new StringBuilder();
		for (var error : errors) {
			text.append(error.row())
				.append('\t')
				.append(error.column() == null ? "" : escape(error.column()))
				.append('\t')
				.append(escape(error.message()))
				.append('\n');
		}
		return text.toString();
	}

	static List<ImportError> decode(String text) {
		var errors = new ArrayList<ImportError>();
		if (text == null) {
			return errors;
		}
		for (String line : text.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\t", 3);
			errors.add(new ImportError(Integer.parseInt(parts[0]), parts[1].isEmpty() ? null : unescape(parts[1]),
					unescape(parts[2])));
		}
		return errors;
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static String unescape(String text) {
		var out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				out.append(switch (next) {
					case 't' -> '\t';
					case 'n' -> '\n';
					case 'r' -> '\r';
					default -> next;
				});
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
