package vn.congdoan.sangkien.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SharedRows;
import vn.congdoan.sangkien.Steps;

/**
 * under a race: two officers of one union remove its last two council members at the same moment, made to
 * meet where each has checked that another member remains and neither has written yet ({@link AppointmentRaces}).
 */
@PlatformTest
@DisplayName("Two removals of a union's last two council members at once: one succeeds, the other is refused (R-5.1)")
class AppointmentRacesTest {

	static final String DA_NANG = "CDCS-48-0001";

	/** Da Nang's second officer for the test, appointed by the district (khenthuong.haichau) and removed after. */
	static final String SECOND_OFFICER = "hotro.dn";

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	KeycloakAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppointmentRaces races;

	SharedRows log;

	long waiting;

	@BeforeEach
	void twoCouncilMembersAndAnInitiativeWaiting() {
		log = SharedRows.keep(jdbc, "appointment_log", "true");
		waiting = InitiativeDrafts.submitted(api, "tacgia.dn", "Hai cán bộ bãi nhiệm cùng lúc");
		steps.complete("hotro.dn", waiting, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		assertThat(api.post("canbo.dn", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"tacgia.dn\",\"role\":\"council\"}").statusCode()).isEqualTo(204);
		assertThat(api.post("khenthuong.haichau", "/api/units/" + DA_NANG + "/appointments",
				"{\"username\":\"" + SECOND_OFFICER + "\",\"role\":\"union-officer\"}").statusCode()).isEqualTo(204);
		// The new post counts at the officer's next check against Keycloak (2 s in tests): until then, removing a
		// pair nobody holds is refused as outside their unit, after as not held. Neither changes anything.
		await().atMost(Duration.ofSeconds(15)).until(() -> api.delete(SECOND_OFFICER,
				"/api/units/" + DA_NANG + "/appointments/council/" + SECOND_OFFICER).statusCode() == 404);
	}

	@AfterEach
	void asFound() {
		races.clear();
		// hoidong.dn the council again, tacgia.dn the author only, hotro.dn the support team only, nothing waiting.
		if (!pairsOf("hoidong.dn").contains("council:" + DA_NANG)) {
			api.post("canbo.dn", "/api/units/" + DA_NANG + "/appointments", "{\"username\":\"hoidong.dn\",\"role\":\"council\"}");
		}
		if (pairsOf("tacgia.dn").contains("council:" + DA_NANG)) {
			api.delete("canbo.dn", "/api/units/" + DA_NANG + "/appointments/council/tacgia.dn");
		}
		api.delete("khenthuong.haichau", "/api/units/" + DA_NANG + "/appointments/union-officer/" + SECOND_OFFICER);
		api.post("tacgia.dn", "/api/initiatives/" + waiting + "/withdraw", "{\"reason\":\"Hết thử\"}");
		log.restore();
		assertThat(pairsOf("hoidong.dn")).containsExactly("council:" + DA_NANG);
		assertThat(pairsOf("tacgia.dn")).containsExactly("author:" + DA_NANG);
		assertThat(pairsOf(SECOND_OFFICER)).containsExactly("support-team:" + DA_NANG);
	}

	@Test
	@DisplayName("both checks run before either removal is written: exactly one succeeds, the other gets 409 appointment.last-council")
	void oneOfTwoConcurrentRemovalsIsRefused() throws Exception {
		CompletableFuture<ApiClient.Response> second = races.meanwhile("hoidong.dn",
				() -> api.delete(SECOND_OFFICER, "/api/units/" + DA_NANG + "/appointments/council/tacgia.dn"));

		ApiClient.Response first = api.delete("canbo.dn", "/api/units/" + DA_NANG + "/appointments/council/hoidong.dn");
		ApiClient.Response other = second.get(60, TimeUnit.SECONDS);

		assertThat(first.statusCode()).as("the first removal: %s", first.body()).isEqualTo(204);
		assertThat(other.statusCode()).as("the second removal: %s", other.body()).isEqualTo(409);
		assertThat(other.body().path("code").asText()).isEqualTo("appointment.last-council");
		assertThat(councilOf(DA_NANG)).containsExactly("tacgia.dn");
		assertThat(jdbc.queryForList("select action || ' ' || username || ' by ' || actor from appointment_log "
				+ "where unit_code = ? and role = 'council' order by id", String.class, DA_NANG))
			.endsWith("appointed tacgia.dn by canbo.dn", "removed hoidong.dn by canbo.dn");
	}

	private List<String> councilOf(String unitCode) {
		return accounts.holding("council:" + unitCode).stream().map(account -> String.valueOf(account.get("username"))).toList();
	}

	private List<String> pairsOf(String username) {
		return KeycloakAccounts.unitRolesOf(accounts.find(username).orElseThrow());
	}
}
