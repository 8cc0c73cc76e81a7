package org.hearth.access;

/** A member of staff as other modules see them: who they are and how to reach them. */
public record StaffMember(String username, String displayName, String email, Role role, String agencyId) {
}
