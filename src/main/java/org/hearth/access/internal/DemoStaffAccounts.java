package org.hearth.access.internal;

import java.time.Clock;
import java.util.List;

import org.hearth.access.Role;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditRecord;
import org.hearth.audit.AuditScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts, one or more for each role, sharing the demo password. The README lists them. Loaded
 * once, on an empty database, after the demo organisation.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("hearth.demo.enabled")
class DemoStaffAccounts implements ApplicationRunner {

	static final String EAST = "adopt-london-east";

	static final String HAVERING = "E09000016";

	static final String NEWHAM = "E09000025";

	static final String TOWER_HAMLETS = "E09000030";

	static final String BARKING_AND_DAGENHAM = "E09000002";

	record Demo(String username, String name, Role role, String agencyId, String boroughCode) {
	}

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("ale.head", "Morgan Ashdown", Role.HEAD_OF_SERVICE, EAST, null),
			new Demo("ale.manager", "Priya Halloway", Role.TEAM_MANAGER, EAST, null),
			new Demo("ale.worker", "Jordan Fairley", Role.SOCIAL_WORKER, EAST, null),
			new Demo("ale.support", "Casey Brightwell", Role.BUSINESS_SUPPORT_OFFICER, EAST, null),
			new Demo("ale.adviser", "Rowan Tillbury", Role.PANEL_ADVISER, EAST, null),
			new Demo("ale.adm", "Avery Marchmont", Role.AGENCY_DECISION_MAKER, EAST, null),
			new Demo("ale.finance", "Quinn Eastlake", Role.FINANCE_OFFICER, EAST, null),
			new Demo("ale.analyst", "Reese Caldmore", Role.PERFORMANCE_ANALYST, EAST, null),
			new Demo("havering.worker", "Taylor Greenhithe", Role.BOROUGH_SOCIAL_WORKER, null, HAVERING),
			new Demo("havering.manager", "Jamie Oakhanger", Role.BOROUGH_TEAM_MANAGER, null, HAVERING),
			new Demo("havering.adm", "Drew Pennington", Role.BOROUGH_DECISION_MAKER, null, HAVERING),
			new Demo("newham.worker", "Sasha Whitlow", Role.BOROUGH_SOCIAL_WORKER, null, NEWHAM),
			new Demo("towerhamlets.worker", "Riley Stepford", Role.BOROUGH_SOCIAL_WORKER, null, TOWER_HAMLETS),
			new Demo("barking.worker", "Kit Dagworth", Role.BOROUGH_SOCIAL_WORKER, null, BARKING_AND_DAGENHAM),
			new Demo("ale.chair", "Emerson Vale", Role.PANEL_CHAIR, EAST, null),
			new Demo("ale.member", "Harper Lindqvist", Role.PANEL_MEMBER, EAST, null),
			new Demo("ale.medical", "Dr Charlie Brookner", Role.MEDICAL_ADVISER, EAST, null),
			new Demo("ale.board", "Frankie Holloway", Role.BOARD_MEMBER, EAST, null),
			new Demo("hub.analyst", "Sam Kingsmere", Role.HUB_ANALYST, null, null),
			new Demo("aln.worker", "Alex Northcote", Role.SOCIAL_WORKER, "adopt-london-north", null),
			new Demo("admin", "Lee Adminson", Role.SYSTEM_ADMINISTRATOR, null, null));

	private final StaffAccounts accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	private final String password;

	DemoStaffAccounts(StaffAccounts accounts, PasswordEncoder passwords, AuditLog audit, Clock clock,
			@Value("${hearth.demo.password}") String password) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		String hash = passwords.encode(password);
		// Seeding is not an administrator's act: the demo accounts are stored with their roles as they are,
		// without the second person's approval that an administrator's grant of a case role waits for.
		for (Demo demo : ACCOUNTS) {
			var account = StaffAccount.open(demo.username(), demo.name(), demo.username() + "@hearth.example",
					demo.role(), demo.agencyId(), demo.boroughCode(), hash, clock.instant());
			account.describe(demo.name(), demo.username() + "@hearth.example");
			accounts.add(account);
		}
		audit.recordFor("demo-data", AuditRecord.created(AuditScope.administration(), "staff-account", "demo",
				"Demo staff accounts loaded: " + ACCOUNTS.size(), null));
	}
}
