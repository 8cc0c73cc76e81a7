package org.hearth.audit;

import java.util.Collection;
import java.util.Map;

/**
 * What the audit pages need to know about the person reading them, answered by the access policy (which
 * depends on this module, not the other way round): which rows they may see, and the names of staff.
 */
public interface AuditReaders {

	/** The rows the signed-in reader may see. */
	AuditVisibility visibilityOfCurrentReader();

	/** The scope of the reader's own rows, such as their searches of the trail. */
	AuditScope scopeOfCurrentReader();

	/** The display names of these user names, where the staff directory knows them. */
	Map<String, String> displayNames(Collection<String> usernames);
}
