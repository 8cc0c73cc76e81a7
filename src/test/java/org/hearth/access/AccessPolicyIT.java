package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hearth.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class AccessPolicyIT extends IntegrationTest {

	static final String HAVERING = "E09000016";

	static final String NEWHAM = "E09000025";

	static final String ISLINGTON = "E09000019";

	@Autowired
	AccessPolicy policy;

	private CurrentUser user(String username) {
		return ((CurrentUsers.HasCurrentUser) users.loadUserByUsername(username)).user();
	}

	@Test
	void agencyStaffSeeTheChildrenOfTheirAgencysBoroughs() {
		assertThat(policy.childRecordScope(user("ale.worker")).onsCodes())
			.containsExactlyInAnyOrder("E09000002", HAVERING, NEWHAM, "E09000030");
	}

	@Test
	void boroughStaffSeeOnlyTheirOwnBorough() {
		var havering = user("havering.worker");
		assertThat(policy.childRecordScope(havering).onsCodes()).containsExactly(HAVERING);
		assertThat(policy.maySeeChildOf(havering, NEWHAM)).isFalse();
		assertThatThrownBy(() -> policy.checkMayReadChildOf(havering, NEWHAM, "Child")).isInstanceOf(RecordNotFound.class);
	}

	@Test
	void anotherAgencysStaffDoNotSeeTheseBoroughs() {
		var north = user("aln.worker");
		assertThat(policy.maySeeChildOf(north, HAVERING)).isFalse();
		assertThat(policy.maySeeChildOf(north, ISLINGTON)).isTrue();
	}

	@Test
	void boardMembersHubAnalystsPanelMembersAndAdministratorsSeeNoPersonalRecords() {
		for (String username : new String[] { "ale.board", "hub.analyst", "ale.chair", "ale.member", "ale.medical", "admin" }) {
			assertThat(policy.childRecordScope(user(username)).isEmpty()).as(username).isTrue();
			assertThatThrownBy(() -> policy.checkMayReadChildOf(user(username), HAVERING, "Child"))
				.as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void noOneSignedInSeesNothing() {
		assertThat(policy.childRecordScope(null).isEmpty()).isTrue();
	}

	@Test
	void readingIsNotChanging() {
		var finance = user("ale.finance");
		policy.checkMayReadChildOf(finance, HAVERING, "Child");
		assertThatThrownBy(() -> policy.checkMayChangeChildOf(finance, HAVERING, "Child"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void adopterHouseholdsAreSeenOnlyByTheirOwnAgencysStaff() {
		assertThat(policy.householdAgencyScope(user("ale.worker"))).contains("adopt-london-east");
		assertThat(policy.householdAgencyScope(user("aln.worker"))).contains("adopt-london-north");
		assertThatThrownBy(() -> policy.checkMayReadHouseholdOf(user("aln.worker"), "adopt-london-east", "Household"))
			.isInstanceOf(RecordNotFound.class);
		for (String username : new String[] { "havering.worker", "havering.adm", "ale.board", "hub.analyst", "ale.chair",
				"ale.medical", "admin" }) {
			assertThat(policy.householdAgencyScope(user(username))).as(username).isEmpty();
			assertThatThrownBy(() -> policy.checkMayReadHouseholdOf(user(username), "adopt-london-east", "Household"))
				.as(username)
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> policy.checkMayChangeHouseholdOf(user("ale.finance"), "adopt-london-east", "Household"))
			.isInstanceOf(AccessDeniedException.class);
	}
}
