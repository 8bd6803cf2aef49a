package vn.congdoan.sangkien.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar's rules on its phases, without the platform; {@link StoredProgrammeCalendarTest} checks they are the stored ones. */
@DisplayName("The programme's calendar (R-6), at every boundary, times in Asia/Ho_Chi_Minh")
class ProgrammeCalendarTest {

	/** The phases as the migration stores them (V2__initiative_lifecycle.sql). */
	static final List<ProgrammePhase> PHASES = List.of(
			new ProgrammePhase("PHASE_1", "Đợt 1", LocalDate.of(2021, 9, 1), LocalDate.of(2022, 5, 31),
					OffsetDateTime.parse("2022-01-08T07:00:00+07:00").toInstant(),
					OffsetDateTime.parse("2022-06-01T00:00:00+07:00").toInstant(), 300000),
			new ProgrammePhase("PHASE_2", "Đợt 2", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 9, 1),
					OffsetDateTime.parse("2022-06-01T07:00:00+07:00").toInstant(),
					OffsetDateTime.parse("2023-09-02T00:00:00+07:00").toInstant(), 700000));

	/** The demo's and the tests' day: 03/10/2022, in phase 2. */
	static final Clock OCTOBER_2022 = Clock.fixed(Instant.parse("2022-10-03T01:00:00Z"), ZoneOffset.UTC);

	// In the order a database may return them: the calendar sorts.
	final ProgrammeCalendar calendar = calendarOn(OCTOBER_2022);

	private static ProgrammeCalendar calendarOn(Clock clock) {
		return new ProgrammeCalendar(new ProgrammePhases() {

		@Override
		public List<ProgrammePhase> findAll() {
			return List.of(PHASES.get(1), PHASES.get(0));
		}

		@Override
		public Optional<ProgrammePhase> findByCode(String code) {
			return PHASES.stream().filter(phase -> phase.code().equals(code)).findFirst();
		}
	}, clock);
	}

	@ParameterizedTest(name = "on {0}: {1}")
	@CsvSource({ "2021-05-01T00:00:00Z, PHASE_1", "2021-09-01T00:00:00Z, PHASE_1", "2022-05-31T16:59:59Z, PHASE_1",
			"2022-05-31T17:00:00Z, PHASE_2", "2024-01-01T00:00:00Z, PHASE_2" })
	@DisplayName("the phase pages show when none is asked for: the last that has begun, in Vietnam's time; before the programme, the first")
	void currentPhase(Instant now, String phase) {
		assertThat(calendarOn(Clock.fixed(now, ZoneOffset.UTC)).current().code()).isEqualTo(phase);
	}

	@ParameterizedTest(name = "recognised {0} -> {1}")
	@CsvSource(nullValues = "none", value = { "2021-08-31, none", "2021-09-01, PHASE_1", "2022-05-31, PHASE_1",
			"2022-06-01, PHASE_2", "2023-09-01, PHASE_2", "2023-09-02, none" })
	@DisplayName("R-6.1, R-6.2, R-6.3: the phase a recognition date qualifies for")
	void phaseOfRecognition(LocalDate recognised, String phase) {
		assertThat(calendar.phaseOfRecognition(recognised).map(ProgrammePhase::code).orElse(null)).isEqualTo(phase);
	}

	@ParameterizedTest(name = "{0} {1}: open {2}")
	@CsvSource({ "PHASE_1, 2022-01-08T06:59:59.999+07:00, false", "PHASE_1, 2022-01-08T07:00:00+07:00, true",
			"PHASE_1, 2022-05-31T23:59:59.999+07:00, true", "PHASE_1, 2022-06-01T00:00:00+07:00, false",
			"PHASE_2, 2022-06-01T06:59:59.999+07:00, false", "PHASE_2, 2022-06-01T07:00:00+07:00, true",
			"PHASE_2, 2023-09-01T23:59:59.999+07:00, true", "PHASE_2, 2023-09-02T00:00:00+07:00, false" })
	@DisplayName("R-6.2, R-6.3: from 07:00 of the first day to before 24:00 of the last")
	void uploadWindow(String phase, String moment, boolean open) {
		Instant instant = OffsetDateTime.parse(moment).toInstant();

		assertThat(calendar.phase(phase).orElseThrow().uploadOpenAt(instant)).isEqualTo(open);
	}

	@Test
	@DisplayName("R-3.1: the programme's window of application dates is 01/09/2021 - 01/09/2023")
	void programmeWindow() {
		assertThat(calendar.programmeStart()).isEqualTo(LocalDate.of(2021, 9, 1));
		assertThat(calendar.programmeEnd()).isEqualTo(LocalDate.of(2023, 9, 1));
	}
}
