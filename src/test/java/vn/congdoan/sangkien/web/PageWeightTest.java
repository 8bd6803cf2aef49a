package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;

/**
 * What a phone downloads on its first visit to each page (issue 14): the page and every style, script, image and
 * font it names, as sent to a browser that accepts gzip. The budget is 300 KB a page; the table goes to
 * {@code target/page-weights.md} for README ("Page weights").
 */
@PlatformTest
@DisplayName("Every page weighs under 300 KB on a first visit, compressed (issue 14)")
class PageWeightTest {

	static final long BUDGET = 300 * 1024;

	private static final Pattern ASSET = Pattern.compile("(?:<link[^>]+href|<script[^>]+src|<img[^>]+src)=\"(/[^\"]+)\"");

	private static final Pattern CSS_URL = Pattern.compile("url\\((?:'|\")?(/[^'\")]+)");

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	@DisplayName("public, author's and officer's pages: compressed, and within the budget with all they load")
	void pagesWithinTheBudget() throws Exception {
		long draft = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Khuôn ép nhẹ", "tacgia.hn",
				"Nguyễn Văn An"));
		LoginSession author = new LoginSession(port);
		author.signInAt("/my-initiatives", "tacgia.hn");
		LoginSession officer = new LoginSession(port);
		officer.signInAt("/inbox", "canbo.caugiay");

		Map<String, Weight> weights = new LinkedHashMap<>();
		for (String page : new String[] { "/", "/initiatives", "/initiatives?q=may+cat", "/leaderboards",
				"/join/CDCS-01-0001" }) {
			weights.put(page, weigh(null, page));
		}
		for (String page : new String[] { "/initiatives/new", "/initiatives/" + draft + "/edit", "/my-initiatives",
				"/inbox", "/notifications", "/ideas/new" }) {
			weights.put(page + " (author)", weigh(author, page));
		}
		for (String page : new String[] { "/dashboard", "/inbox" }) {
			weights.put(page + " (district officer)", weigh(officer, page));
		}

		StringBuilder table = new StringBuilder("| page | HTML | styles, scripts, images | first visit |\n|---|---|---|---|\n");
		weights.forEach((page, weight) -> table.append("| `%s` | %s | %s | %s |\n".formatted(page, kb(weight.html()),
				kb(weight.assets()), kb(weight.total()))));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/page-weights.md"), table);
		System.out.println(table);
		assertThat(weights).allSatisfy((page, weight) -> {
			assertThat(weight.total()).as("%s, first visit", page).isLessThan(BUDGET);
			assertThat(weight.htmlCompressed()).as("%s sent gzip-compressed", page).isTrue();
		});
	}

	/** The page as the session sees it, and each asset it names once (a browser loads a file once). */
	private Weight weigh(LoginSession session, String page) throws IOException, InterruptedException {
		String base = "http://localhost:" + port;
		HttpResponse<byte[]> html = session == null ? gzip(base + page) : session.downloadCompressed(page);
		assertThat(html.statusCode()).as(page).isEqualTo(200);
		String text = unzipped(html);
		Set<String> assets = new LinkedHashSet<>();
		Matcher asset = ASSET.matcher(text);
		while (asset.find()) {
			assets.add(asset.group(1).replace("&amp;", "&"));
		}
		long assetBytes = 0;
		for (String path : Set.copyOf(assets)) {
			HttpResponse<byte[]> file = gzip(base + path);
			assertThat(file.statusCode()).as("%s, named by %s", path, page).isEqualTo(200);
			assetBytes += file.body().length;
			if (path.endsWith(".css")) {
				Matcher url = CSS_URL.matcher(unzipped(file));
				while (url.find()) {
					if (assets.add(url.group(1))) {
						assetBytes += gzip(base + url.group(1)).body().length;
					}
				}
			}
		}
		return new Weight(html.body().length, assetBytes,
				html.headers().firstValue("Content-Encoding").map("gzip"::equals).orElse(false));
	}

	private HttpResponse<byte[]> gzip(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String unzipped(HttpResponse<byte[]> response) {
		boolean gzipped = response.headers().firstValue("Content-Encoding").map("gzip"::equals).orElse(false);
		try {
			byte[] body = gzipped ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
					: response.body();
			return new String(body, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String kb(long bytes) {
		return "%.1f KB".formatted(bytes / 1024.0);
	}

	record Weight(long html, long assets, boolean htmlCompressed) {

		long total() {
			return html + assets;
		}
	}
}
