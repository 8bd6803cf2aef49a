package vn.congdoan.sangkien.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.SharedRows;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;

@PlatformTest
@DisplayName("The VGCL Office changes the calendar, each change audited; a change that would move counted initiatives is refused (R-6)")
class CalendarChangesApiTest {

	/** Not an initiative of the database: counted initiatives are keyed by id, nothing refers to it. */
	private static final long COUNTED = -27_0001L;

	private static final String PHASE = "/api/programme/phases/PHASE_1";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	CalendarChanges changes;

	/** The phases as stored, put back after each test (programme_phase is referred to: updated, not replaced). */
	List<Map<String, Object>> phases;

	Map<String, Object> phase1;

	long lastChange;

	SharedRows targets;

	@BeforeEach
	void keepTheCalendar() {
		phases = jdbc.queryForList("select * from programme_phase");
		phase1 = phase1();
		lastChange = jdbc.queryForObject("select coalesce(max(id), 0) from programme_change", Long.class);
		targets = SharedRows.keep(jdbc, "target", "unit_code = 'LDLD-01' and period = '2022-Q3'");
	}

	@AfterEach
	void leaveTheDataAsFound() {
		phases.forEach(phase -> jdbc.update("""
				update programme_phase set name = ?, qualifies_from = ?, qualifies_to = ?, upload_opens_at = ?,
				    upload_closes_at = ?, national_target = ? where code = ?""",
				phase.get("name"), phase.get("qualifies_from"), phase.get("qualifies_to"), phase.get("upload_opens_at"),
				phase.get("upload_closes_at"), phase.get("national_target"), phase.get("code")));
		jdbc.update("delete from programme_change where id > ?", lastChange);
		jdbc.update("delete from counted_initiative where initiative_id = ?", COUNTED);
		targets.restore();
	}

	@Test
	@DisplayName("the Office renames phase 1, moves its upload window and raises its target: saved, and the audit says who, before and after")
	void officeChangesAPhase() {
		ApiClient.Response saved = api.put("vanphong.tld", PHASE, body("Đợt 1 (sửa)", "2021-09-01", "2022-05-31",
				"2022-01-10T00:00:00Z", "2022-06-15T17:00:00Z", 320000));

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body().path("nationalTarget").asInt()).isEqualTo(320000);
		assertThat(phase1()).containsEntry("name", "Đợt 1 (sửa)").containsEntry("national_target", 320000)
			.containsEntry("upload_opens_at", Timestamp.from(Instant.parse("2022-01-10T00:00:00Z")))
			.containsEntry("upload_closes_at", Timestamp.from(Instant.parse("2022-06-15T17:00:00Z")));
		JsonNode audit = api.get("vanphong.tld", PHASE + "/changes").body();
		assertThat(audit.size()).isEqualTo(1 + jdbc.queryForObject(
				"select count(*) from programme_change where subject = 'PHASE' and subject_key = 'PHASE_1' and id <= ?",
				Long.class, lastChange));
		JsonNode latest = audit.get(0);
		assertThat(latest.path("changedBy").asText()).isEqualTo("vanphong.tld");
		assertThat(latest.path("before").path("name").asText()).isEqualTo(phase1.get("name"));
		assertThat(latest.path("before").path("nationalTarget").asInt()).isEqualTo(phase1.get("national_target"));
		assertThat(latest.path("after").path("name").asText()).isEqualTo("Đợt 1 (sửa)");
		assertThat(latest.path("after").path("nationalTarget").asInt()).isEqualTo(320000);
		assertThat(latest.path("after").path("uploadClosesAt").asText()).isEqualTo("2022-06-15T17:00:00Z");
		assertThat(changes.latest(office()).get(0).differences()).extracting(CalendarChanges.Difference::field)
			.containsExactly("name", "uploadOpensAt", "uploadClosesAt", "nationalTarget");
		assertThat(changes.latest(office()).get(0).differences()).contains(
				new CalendarChanges.Difference("uploadClosesAt", "24:00 31/05/2022", "24:00 15/06/2022"),
				new CalendarChanges.Difference("nationalTarget", "300.000", "320.000"));
	}

	@Test
	@DisplayName("anyone but the programme office of VGCL is refused (403) and nothing changes")
	void onlyTheNationalOffice() {
		String change = body("Đợt của người khác", "2021-09-01", "2022-05-31", "2022-01-08T00:00:00Z", "2022-05-31T17:00:00Z",
				1);

		assertThat(api.put("khenthuong.hn", PHASE, change).statusCode()).isEqualTo(403);
		assertThat(api.put("tacgia.hn", PHASE, change).statusCode()).isEqualTo(403);
		assertThat(api.get("khenthuong.hn", PHASE + "/changes").statusCode()).isEqualTo(403);
		PlatformUser provinceOffice = PlatformUser.of("vanphong.dn", "Văn phòng Đà Nẵng", Role.PROGRAMME_OFFICE, "LDLD-48");
		assertThatThrownBy(() -> changes.change(provinceOffice, "PHASE_1", CalendarChanges.PhaseSettings
			.of(new ProgrammePhase("PHASE_1", "x", LocalDate.of(2021, 9, 1), LocalDate.of(2022, 5, 31),
					Instant.parse("2022-01-08T00:00:00Z"), Instant.parse("2022-05-31T17:00:00Z"), 1))))
			.isInstanceOfSatisfying(ProblemException.class,
					refused -> assertThat(refused.code()).isEqualTo("programme.calendar.office-only"));
		assertNothingChanged();
	}

	@Test
	@DisplayName("dates in the wrong order, a window that closes before it opens, a negative target, a phase overlapping another: 400, each field told, nothing changes")
	void badDates() {
		ApiClient.Response backwards = api.put("vanphong.tld", PHASE, body("Đợt 1", "2022-05-31", "2021-09-01",
				"2022-06-01T00:00:00Z", "2022-01-08T00:00:00Z", -5));
		ApiClient.Response overlapping = api.put("vanphong.tld", PHASE, body("Đợt 1", "2021-09-01", "2022-06-30",
				"2022-01-08T00:00:00Z", "2022-05-31T17:00:00Z", 300000));
		ApiClient.Response blank = api.put("vanphong.tld", PHASE, "{\"name\":\" \"}");

		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(backwards.body().path("code").asText()).isEqualTo("programme.phase.invalid");
		assertThat(backwards.body().path("errors").findValuesAsText("code")).containsExactlyInAnyOrder(
				"programme.phase.qualifies.order", "programme.phase.upload.order", "target.negative");
		assertThat(backwards.body().path("errors").get(0).path("message").asText())
			.isEqualTo("Ngày công nhận đến (01/09/2021) không được trước ngày công nhận từ (31/05/2022).");
		assertThat(overlapping.statusCode()).isEqualTo(400);
		assertThat(overlapping.body().path("errors").findValuesAsText("code")).containsExactly("programme.phase.overlaps");
		assertThat(overlapping.body().path("errors").get(0).path("message").asText()).startsWith("Thời gian công nhận trùng với ")
			.contains("(01/06/2022 - 01/09/2023)");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body().path("errors").findValuesAsText("code")).contains("programme.phase.name.required",
				"programme.phase.field.required");
		assertNothingChanged();
	}

	@Test
	@DisplayName("ending phase 1 a day earlier would leave an initiative counted on its last day in no phase: 409, its count and phase said, nothing changes")
	void countedInitiativesStay() {
		jdbc.update("""
				insert into counted_initiative (initiative_id, counted_at, phase_code, recognition_date)
				values (?, now(), 'PHASE_1', date '2022-05-31')""", COUNTED);
		long onTheLastDay = jdbc.queryForObject(
				"select count(*) from counted_initiative where phase_code = 'PHASE_1' and recognition_date = date '2022-05-31'",
				Long.class);

		ApiClient.Response refused = api.put("vanphong.tld", PHASE, body("Đợt 1", "2021-09-01", "2022-05-30",
				"2022-01-08T00:00:00Z", "2022-05-31T17:00:00Z", 300000));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body().path("code").asText()).isEqualTo("programme.calendar.moves-counted-outside");
		assertThat(refused.body().path("detail").asText()).startsWith("Không sửa được lịch: " + onTheLastDay
				+ " sáng kiến đã được tính vào " + phase1.get("name") + " sẽ không còn thuộc đợt nào.");
		assertNothingChanged();
	}

	@Test
	@DisplayName("extending phase 2 over the day of an initiative counted in phase 1: 409, the move from phase 1 to phase 2 said, nothing changes")
	void countedInitiativesStayInTheirPhase() {
		// Counted in phase 1 on a day after the programme, as a calendar changed since its recognition could leave it.
		jdbc.update("""
				insert into counted_initiative (initiative_id, counted_at, phase_code, recognition_date)
				values (?, now(), 'PHASE_1', date '2023-09-05')""", COUNTED);
		Map<String, Object> phase2 = jdbc.queryForMap("select * from programme_phase where code = 'PHASE_2'");

		ApiClient.Response refused = api.put("vanphong.tld", "/api/programme/phases/PHASE_2", body("Đợt 2", "2022-06-01",
				"2023-09-10", "2022-06-01T00:00:00Z", "2023-09-01T17:00:00Z", 700000));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body().path("code").asText()).isEqualTo("programme.calendar.moves-counted");
		assertThat(refused.body().path("detail").asText()).startsWith("Không sửa được lịch: 1 sáng kiến đã được tính vào "
				+ phase1.get("name") + " sẽ chuyển sang Đợt 2.");
		assertThat(jdbc.queryForMap("select * from programme_phase where code = 'PHASE_2'")).isEqualTo(phase2);
		assertNothingChanged();
	}

	@Test
	@DisplayName("a target that changes joins the audit: none before the first, the count before after it (R-4.4)")
	void targetChangesAudited() {
		jdbc.update("delete from target where unit_code = 'LDLD-01' and period = '2022-Q3'");

		api.put("vanphong.tld", "/api/targets/LDLD-01/2022-Q3", "{\"count\":600}");
		api.put("vanphong.tld", "/api/targets/LDLD-01/2022-Q3", "{\"count\":650}");
		api.put("vanphong.tld", "/api/targets/LDLD-01/2022-Q3", "{\"count\":650}");

		List<CalendarChanges.Change> audited = changes.latest(office()).stream()
			.filter(change -> change.subjectKey().equals("LDLD-01/2022-Q3")).toList();
		assertThat(audited).extracting(CalendarChanges.Change::subject).containsOnly("TARGET");
		assertThat(audited).as("the latest first; the same count again is no change").hasSize(2);
		assertThat(audited.get(0).differences()).containsExactly(new CalendarChanges.Difference("count", "600", "650"));
		assertThat(audited.get(1).before()).isNull();
		assertThat(audited.get(1).differences()).containsExactly(new CalendarChanges.Difference("count", "-", "600"));
		assertThat(audited.get(0).changedBy()).isEqualTo("vanphong.tld");
	}

	private void assertNothingChanged() {
		assertThat(phase1()).isEqualTo(phase1);
		assertThat(jdbc.queryForObject("select count(*) from programme_change where id > ?", Long.class, lastChange)).isZero();
	}

	private Map<String, Object> phase1() {
		return jdbc.queryForMap("select * from programme_phase where code = 'PHASE_1'");
	}

	private static PlatformUser office() {
		return PlatformUser.of("vanphong.tld", "Văn phòng Tổng Liên đoàn", Role.PROGRAMME_OFFICE, "TLD");
	}

	private static String body(String name, String from, String to, String opens, String closes, int target) {
		return """
				{"name":"%s","qualifiesFrom":"%s","qualifiesTo":"%s","uploadOpensAt":"%s","uploadClosesAt":"%s","nationalTarget":%d}"""
			.formatted(name, from, to, opens, closes, target);
	}
}
