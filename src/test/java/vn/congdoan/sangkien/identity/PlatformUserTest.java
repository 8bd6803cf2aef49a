package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A person's roles, each in its unit, read from the token (R-5.1)")
class PlatformUserTest {

	static final String HA_NOI = "CDCS-01-0001";

	static final String DA_NANG = "CDCS-48-0001";

	/** Council in Hà Nội and only author in Đà Nẵng, as the demo user kiemnhiem.hn. */
	static final Map<String, Object> TWO_POSTS = Map.of("preferred_username", "kiemnhiem.hn",
			PlatformUser.UNIT_ROLE_CLAIM, List.of("council:" + HA_NOI, "author:" + DA_NANG));

	@Test
	@DisplayName("candidate groups are the pairs themselves, not every role in every unit")
	void candidateGroupsAreThePairs() {
		PlatformUser user = PlatformUser.fromClaims(TWO_POSTS);

		assertThat(user.candidateGroups()).containsExactly("author:" + DA_NANG, "council:" + HA_NOI);
		assertThat(user.holds(Role.COUNCIL, HA_NOI)).isTrue();
		assertThat(user.holds(Role.COUNCIL, DA_NANG)).isFalse();
		assertThat(user.holds(Role.AUTHOR, HA_NOI)).isFalse();
		assertThat(user.unitsWhere(Role.AUTHOR)).containsExactly(DA_NANG);
	}

	@Test
	@DisplayName("for each role held in unit A: the role in unit B, and nothing else in A")
	void aPairInOneUnitGivesNothingInAnother() {
		for (Role role : Role.values()) {
			if (!role.unitBound()) {
				continue;
			}
			PlatformUser user = PlatformUser.fromClaims(Map.of("preferred_username", "someone",
					PlatformUser.UNIT_ROLE_CLAIM, List.of(role.id() + ":" + HA_NOI)));

			assertThat(user.holds(role, HA_NOI)).as(role.id()).isTrue();
			assertThat(user.holds(role, DA_NANG)).as(role.id()).isFalse();
			assertThat(user.holdsInAny(role, List.of(DA_NANG, "LDLD-48", "TLD"))).as(role.id()).isFalse();
			assertThat(user.candidateGroups()).as(role.id()).containsExactly(role.id() + ":" + HA_NOI);
			assertThat(user.roles()).as(role.id()).containsExactly(role);
		}
	}

	@Test
	@DisplayName("a realm role of a unit-bound name gives nothing; the operator's realm role is an authority")
	void realmRolesGiveOnlyTheOperatorsRole() {
		Map<String, Object> claims = Map.of("preferred_username", "old.council",
				"realm_access", Map.of("roles", List.of("council", "camunda-admin", "default-roles-sangkien")));

		assertThat(PlatformUser.fromClaims(claims).candidateGroups()).isEmpty();
		assertThat(PlatformUser.fromClaims(claims).hasRole(Role.COUNCIL)).isFalse();
		assertThat(PlatformUser.rolesOf(claims)).containsExactly(Role.CAMUNDA_ADMIN);
		assertThat(PlatformUser.rolesOf(TWO_POSTS)).containsExactlyInAnyOrder(Role.AUTHOR, Role.COUNCIL);
	}

	@Test
	@DisplayName("a malformed pair, an unknown role or the operator's role in a unit is no pair at all")
	void malformedPairsAreIgnored() {
		PlatformUser user = PlatformUser.fromClaims(Map.of("preferred_username", "odd",
				PlatformUser.UNIT_ROLE_CLAIM, List.of("council", "council:", ":" + HA_NOI, "mayor:" + HA_NOI,
						"camunda-admin:" + HA_NOI, "support-team:" + HA_NOI)));

		assertThat(user.candidateGroups()).containsExactly("support-team:" + HA_NOI);
	}

	@Test
	@DisplayName("one pair may come as a single string claim")
	void singleValuedClaim() {
		PlatformUser user = PlatformUser.fromClaims(Map.of("preferred_username", "one",
				PlatformUser.UNIT_ROLE_CLAIM, "union-officer:" + HA_NOI));

		assertThat(user.holds(Role.UNION_OFFICER, HA_NOI)).isTrue();
	}
}
