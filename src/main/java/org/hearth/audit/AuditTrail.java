package org.hearth.audit;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the audit trail: search, the views of one record, and the chain check. The pages search within
 * what the reader may see ({@link AuditVisibility}, from the access policy through {@link AuditReaders});
 * the unscoped search is for the system's own checks.
 */
public interface AuditTrail {

	/** The latest rows matching the query that the reader may see, newest first. */
	List<AuditEntry> search(AuditVisibility visibility, AuditQuery query, int limit);

	/** Every row matching the query that the reader may see, oldest first. */
	void forEach(AuditVisibility visibility, AuditQuery query, Consumer<AuditEntry> action);

	/** The latest rows matching the query in the whole trail, newest first: never for a page. */
	List<AuditEntry> search(AuditQuery query, int limit);

	/** Seals the rows written so far and checks the whole chain against its key and its last published head. */
	ChainCheck verifyChain();
}
