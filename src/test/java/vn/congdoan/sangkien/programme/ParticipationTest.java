package vn.congdoan.sangkien.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.3: participation judged on the exact fraction, shown rounded")
class ParticipationTest {

	static final BigDecimal GOAL = new BigDecimal("10");

	@Test
	@DisplayName("R-4.3: 9.95% is shown as 10.0% and does not meet a 10% goal")
	void roundedUpIsNotMet() {
		Participation almost = new Participation(995, 10_000);

		assertThat(almost.percent()).isEqualByComparingTo("10.0");
		assertThat(almost.meets(GOAL)).isFalse();
	}

	@Test
	@DisplayName("R-4.3: exactly 10% meets it, and a unit without members meets nothing")
	void exactlyMet() {
		assertThat(new Participation(1_000, 10_000).meets(GOAL)).isTrue();
		assertThat(new Participation(1, 3).meets(new BigDecimal("33.34"))).isFalse();
		assertThat(new Participation(0, 0).meets(GOAL)).isFalse();
		assertThat(new Participation(0, 0).percent()).isNull();
	}
}
