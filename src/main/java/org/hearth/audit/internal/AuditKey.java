package org.hearth.audit.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key of the audit chain's HMAC comes from configuration ({@code hearth.audit.key}, from the
 * environment variable {@code HEARTH_AUDIT_KEY}), never from the database; the production profile refuses
 * to start with the development key.
 */
@Configuration
class AuditKey {

	@Bean
	AuditHash auditHash(@Value("${hearth.audit.key}") String key) {
		return new AuditHash(key);
	}
}
