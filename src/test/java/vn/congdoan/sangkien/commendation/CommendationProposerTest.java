package vn.congdoan.sangkien.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeStatus;

@DisplayName("R-7.6: who may propose an initiative for commendation, and when (the initiative's page offers it then)")
class CommendationProposerTest {

	/** The rule reads only the officer and the initiative: none of the proposal's collaborators. */
	final CommendationProposals proposals = new CommendationProposals(null, null, null, null, null, null, null, null, null);

	@Test
	@DisplayName("the union officer of the initiative's own unit, once it is published")
	void ownUnitsOfficerOncePublished() {
		assertThat(proposals.proposable(officer(Role.UNION_OFFICER, "CDCS-01-0001"),
				initiative(InitiativeStatus.PUBLISHED, "CDCS-01-0001"))).isTrue();
	}

	@Test
	@DisplayName("not before it is published: recognised, still waiting for the portal")
	void notBeforePublished() {
		assertThat(proposals.proposable(officer(Role.UNION_OFFICER, "CDCS-01-0001"),
				initiative(InitiativeStatus.AWAITING_UPLOAD, "CDCS-01-0001"))).isFalse();
	}

	@Test
	@DisplayName("not the union officer of another unit")
	void notAnotherUnitsOfficer() {
		assertThat(proposals.proposable(officer(Role.UNION_OFFICER, "CDCS-48-0001"),
				initiative(InitiativeStatus.PUBLISHED, "CDCS-01-0001"))).isFalse();
	}

	@Test
	@DisplayName("not someone of the unit in another role")
	void notAnotherRole() {
		assertThat(proposals.proposable(officer(Role.COUNCIL, "CDCS-01-0001"),
				initiative(InitiativeStatus.PUBLISHED, "CDCS-01-0001"))).isFalse();
	}

	private static PlatformUser officer(Role role, String unit) {
		return PlatformUser.of("canbo", "Cán bộ", role, unit);
	}

	private static Initiative initiative(InitiativeStatus status, String unit) {
		Initiative initiative = mock(Initiative.class);
		when(initiative.getStatus()).thenReturn(status);
		when(initiative.getUnitCode()).thenReturn(unit);
		return initiative;
	}
}
