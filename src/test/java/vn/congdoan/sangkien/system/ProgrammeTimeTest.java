package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Moments written as the guideline writes them, in Vietnam's time")
class ProgrammeTimeTest {

	@Test
	@DisplayName("R-6: a window closing at midnight ends at 24:00 of its last day")
	void windowEndsAtMidnight() {
		assertThat(ProgrammeTime.endOf(Instant.parse("2022-05-31T17:00:00Z"))).isEqualTo("24:00 31/05/2022");
		assertThat(ProgrammeTime.endOf(Instant.parse("2022-05-31T10:30:00Z"))).isEqualTo("17:30 31/05/2022");
		assertThat(ProgrammeTime.moment(Instant.parse("2023-06-01T00:00:00Z"))).isEqualTo("07:00 01/06/2023");
	}
}
