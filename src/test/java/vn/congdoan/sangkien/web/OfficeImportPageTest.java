package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;

/**
 * The Office's import form as a browser sends it (multipart, its CSRF token among the parts), to the real
 * server signed in through Keycloak: the page says what was stored, or shows every wrong row.
 */
@PlatformTest
@DisplayName("The Office's page imports a file of units: stored and said, or refused with its wrong rows")
class OfficeImportPageTest {

	static final String HEADER = "code,name,parent_code,level,cluster_code,member_count\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheImportedUnit() {
		jdbc.update("delete from unit where code = 'CTTT-48-991'");
	}

	@Test
	@DisplayName("a good file is stored and the page says so; a bad one comes back with its row, column and reason (422)")
	void importFromThePage() throws Exception {
		LoginSession office = new LoginSession(port);
		office.signInAt("/office", "vanphong.tld");

		HttpResponse<String> done = office.postFile("/office", "/office/units/import", "don-vi.csv",
				(HEADER + "CTTT-48-991,Công đoàn Khu kinh tế Đà Nẵng,LDLD-48,3,,700\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> refused = office.postFile("/office", "/office/units/import", "don-vi.csv",
				(HEADER + "CTTT-48-992,Công đoàn X,LDLD-48,3,,bảy trăm\n").getBytes(StandardCharsets.UTF_8));

		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("Đã nhập 1 đơn vị: 1 đơn vị mới, 0 được cập nhật, 0 không đổi.");
		assertThat(jdbc.queryForObject("select member_count from unit where code = 'CTTT-48-991'", Integer.class)).isEqualTo(700);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"import-problems\"", "<td>2</td>", "<td>Số đoàn viên</td>",
				"&quot;bảy trăm&quot; không phải số nguyên (ví dụ 1.200).");
		assertThat(jdbc.queryForObject("select count(*) from unit where code = 'CTTT-48-992'", Integer.class)).isZero();
	}
}
