package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.identity.UnitRole;

@DisplayName("The timeline names the roles the decider holds in the unit the decision concerns (R-5.1)")
class DecisionLogRolesTest {

	static final PlatformUser APPROVER_AND_AUTHOR = new PlatformUser("khenthuong.hn", "Người xét khen thưởng",
			Set.of(new UnitRole(Role.COMMENDATION_APPROVER, "LDLD-01"), new UnitRole(Role.AUTHOR, "CDCS-01-0001"),
					new UnitRole(Role.UNION_OFFICER, "LDLD-01")));

	@Test
	@DisplayName("a commendation decided at the province: the roles held in the province, not the author's of a union below")
	void rolesInTheDecidingUnit() {
		assertThat(DecisionLog.rolesIn(APPROVER_AND_AUTHOR, "LDLD-01")).isEqualTo("commendation-approver,union-officer");
		assertThat(DecisionLog.rolesIn(APPROVER_AND_AUTHOR, "CDCS-01-0001")).isEqualTo("author");
	}

	@Test
	@DisplayName("no role held in the unit: none recorded, rather than one held elsewhere")
	void noRoleInTheUnit() {
		assertThat(DecisionLog.rolesIn(APPROVER_AND_AUTHOR, "CDCS-48-0001")).isNull();
	}
}
