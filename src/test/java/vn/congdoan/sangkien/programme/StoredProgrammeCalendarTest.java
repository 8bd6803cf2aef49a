package vn.congdoan.sangkien.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("The stored calendar is the one whose rules ProgrammeCalendarTest checks (R-6)")
class StoredProgrammeCalendarTest {

	@Autowired
	ProgrammeCalendar calendar;

	@Test
	@DisplayName("phases, qualifying dates, upload windows and national targets as stored")
	void storedPhases() {
		assertThat(calendar.phases()).usingRecursiveFieldByFieldElementComparator()
			.containsExactlyElementsOf(ProgrammeCalendarTest.PHASES);
	}
}
