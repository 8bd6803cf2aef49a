package vn.congdoan.sangkien.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("The union picker finds a grassroots union by name or code, with or without accents")
class UnitSearchApiTest {

	@Autowired
	ApiClient api;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "may cầu giấy", "May Cau Giay", "cong ty co phan may", "CDCS-01-0001", "cdcs 01 0001" })
	@DisplayName("by words of its name, accented or not, in any case, or by its code")
	void found(String q) {
		assertThat(codes(api.get("tacgia.hn", "/api/units/search?q=" + q))).containsExactly("CDCS-01-0001");
	}

	@Test
	@DisplayName("a word matches the start of a word of the name: 'giay' finds both unions of Cầu Giấy, 'iay' none")
	void startOfWords() {
		assertThat(codes(api.get("tacgia.hn", "/api/units/search?q=cau giay"))).containsExactlyInAnyOrder("CDCS-01-0001",
				"CDCS-01-0002");
		assertThat(codes(api.get("tacgia.hn", "/api/units/search?q=iay"))).isEmpty();
	}

	@Test
	@DisplayName("other levels when asked: a direct-superior union is not offered as a grassroots one")
	void level() {
		assertThat(codes(api.get("tacgia.hn", "/api/units/search?q=CTTT-01-005"))).isEmpty();
		assertThat(codes(api.get("tacgia.hn", "/api/units/search?q=CTTT-01-005&level=DIRECT_SUPERIOR")))
			.containsExactly("CTTT-01-005");
	}

	@Test
	@DisplayName("a search of one letter, or of none, is refused in Vietnamese (400 unit.search.too-short); anonymous 401")
	void refused() {
		for (String q : List.of("c", "", "- -")) {
			ApiClient.Response refused = api.get("tacgia.hn", "/api/units/search?q=" + q);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body().path("code").asText()).isEqualTo("unit.search.too-short");
		}
		assertThat(api.get("tacgia.hn", "/api/units/search?q=ab cd ef gh ij kl mn op qr").body().path("code").asText())
			.isEqualTo("unit.search.too-many-words");
		assertThat(api.get(null, "/api/units/search?q=cau giay").statusCode()).isEqualTo(401);
	}

	private static List<String> codes(ApiClient.Response response) {
		assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(200);
		return response.body().findValuesAsText("code");
	}
}
