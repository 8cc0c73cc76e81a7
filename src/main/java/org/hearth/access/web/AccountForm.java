package org.hearth.access.web;

import org.hearth.access.Role;

/** What an administrator types to open or change a staff account. */
public record AccountForm(String username, String displayName, String email, Role role, String agencyId,
		String boroughCode, String password) {

	static AccountForm empty() {
		return new AccountForm("", "", "", null, "", "", "");
	}
}
