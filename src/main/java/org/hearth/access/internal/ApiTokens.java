package org.hearth.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.CurrentUser;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a member of staff creates one on their account page to call the API as
 * themselves, and revokes it there. Only a SHA-256 hash of the token is stored.
 */
@Service
public class ApiTokens {

	private static final String PREFIX = "hth_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final StaffAccounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, StaffAccounts accounts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a token and returns it: the only time it can be read. */
	@Transactional
	public String create(CurrentUser owner, String name) {
		if (name == null || name.isBlank()) {
			throw new AccountRuleBroken("name", "Enter a name for the token, such as the script that will use it");
		}
		if (name.trim().length() > 100) {
			throw new AccountRuleBroken("name", "The name must be 100 characters or fewer");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO api_token (id, account_id, name, token_hash, created_at) VALUES (:id, :account, :name, :hash, :at)")
			.param("id", id)
			.param("account", owner.accountId())
			.param("name", name.trim())
			.param("hash", hash(token))
			.param("at", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
			.update();
		audit.record(AuditRecord.created(AuditScope.administration(), "api-token", id.toString(), "API token created: " + name.trim(), null));
		return token;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> of(CurrentUser owner) {
		return jdbc.sql("SELECT * FROM api_token WHERE account_id = :account ORDER BY created_at DESC")
			.param("account", owner.accountId())
			.query(ApiTokens::token)
			.list();
	}

	@Transactional
	public void revoke(CurrentUser owner, UUID tokenId) {
		int changed = jdbc
			.sql("UPDATE api_token SET revoked_at = :at WHERE id = :id AND account_id = :account AND revoked_at IS NULL")
			.param("at", OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
			.param("id", tokenId)
			.param("account", owner.accountId())
			.update();
		if (changed == 1) {
			audit.record(AuditRecord.changed(AuditScope.administration(), "api-token", tokenId.toString(), "API token revoked", "active", "revoked"));
		}
	}

	/** The member of staff a token belongs to, if it is known, not revoked, and their account is usable. */
	@Transactional(readOnly = true)
	public Optional<StaffAccount> owner(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT account_id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash(token))
			.query(UUID.class)
			.optional()
			.flatMap(accounts::byId)
			.filter(StaffAccount::enabled)
			.filter(account -> !account.isLockedAt(clock.instant()));
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		var revoked = rs.getObject("revoked_at", OffsetDateTime.class);
		return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant());
	}
}
