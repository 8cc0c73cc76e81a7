package org.hearth.access;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator reset a member of staff's password. Published so that the owner of the account is
 * told; it never carries the password.
 *
 * @param email the account's email address, or null if it has none
 */
public record PasswordReset(UUID accountId, String displayName, String email, Instant at) {
}
