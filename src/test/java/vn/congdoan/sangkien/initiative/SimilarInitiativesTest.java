package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.unit.Units;

@DisplayName("Similar initiatives beside the task, alone: who is shown them, and a search stopped by its timeout")
class SimilarInitiativesTest {

	static final String HA_NOI = "CDCS-01-0001";

	final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	final SimilarInitiatives similar = new SimilarInitiatives(jdbc, mock(InitiativeAccess.class), mock(Units.class),
			new InitiativeSettings(null, new InitiativeSettings.PublicSearch(Duration.ofSeconds(2), 5, 3, 1000, 5,
					new InitiativeSettings.RateLimit(60, Duration.ofMinutes(1))), null),
			mock(PlatformTransactionManager.class));

	final Initiative underReview = mock(Initiative.class);

	SimilarInitiativesTest() {
		when(underReview.getId()).thenReturn(42L);
		when(underReview.getUnitCode()).thenReturn(HA_NOI);
		when(underReview.getStatus()).thenReturn(InitiativeStatus.IN_COUNCIL_REVIEW);
	}

	@Test
	@DisplayName("R-2.1: stopped by the statement timeout, the council is told so, and the task page still opens")
	void timedOut() {
		when(jdbc.queryForList(anyString(), any(Object[].class)))
			.thenThrow(new QueryTimeoutException("stopped", new SQLException("canceling statement", "57014")));

		assertThat(similar.beside(PlatformUser.of("hoidong.hn", "Hội đồng", Role.COUNCIL, HA_NOI), underReview))
			.hasValueSatisfying(found -> {
				assertThat(found.timedOut()).isTrue();
				assertThat(found.ofUnit()).isEmpty();
				assertThat(found.elsewhere()).isEmpty();
			});
	}

	@Test
	@DisplayName("R-2.1: the author, and the council of another union, are shown none, and nothing is read")
	void notTheReviewers() {
		assertThat(similar.beside(PlatformUser.of("tacgia.hn", "Tác giả", Role.AUTHOR, HA_NOI), underReview)).isEmpty();
		assertThat(similar.beside(PlatformUser.of("hoidong.dn", "Hội đồng", Role.COUNCIL, "CDCS-48-0001"), underReview))
			.isEmpty();
		verifyNoInteractions(jdbc);
	}
}
