package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Camunda reads its users from Keycloak (read-only), so Cockpit and Admin show real names")
class CamundaIdentityFromKeycloakTest {

	@Autowired
	IdentityService identityService;

	@Test
	@DisplayName("a demo user is found by user name, with the Vietnamese name intact")
	void userByUsername() {
		User council = identityService.createUserQuery().userId("hoidong.hn").singleResult();

		assertThat(council).isNotNull();
		assertThat(council.getLastName()).isEqualTo("Hoàng");
		assertThat(council.getFirstName()).isEqualTo("Minh Đức");
	}

	@Test
	@DisplayName("the operator, who belongs to no unit, is found too")
	void operatorWithoutUnit() {
		assertThat(identityService.createUserQuery().userId("quantri").singleResult()).isNotNull();
	}

	@Test
	@DisplayName("the identity is read-only: Keycloak is the only place users and passwords live")
	void readOnly() {
		assertThat(identityService.isReadOnly()).isTrue();
	}
}
