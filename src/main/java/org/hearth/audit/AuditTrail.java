package org.hearth.audit;

import java.util.List;
import java.util.function.Consumer;

/** Reads the audit trail: search, the views of one record, and the chain check. */
public interface AuditTrail {

	List<AuditEntry> search(AuditQuery query, int limit);

	void forEach(AuditQuery query, Consumer<AuditEntry> action);

	ChainCheck verifyChain();
}
