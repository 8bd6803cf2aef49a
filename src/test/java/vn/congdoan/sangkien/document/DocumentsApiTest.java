package vn.congdoan.sangkien.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.system.ProgrammeTime;

/**
 * The receipt, the initiative's certificate and the commendation's, read back from the PDF the platform writes (its
 * text, with the diacritics as written), and the public check of a certificate's code (issue 10, section 2). Page 1
 * of each paper is drawn into {@code docs/documents/} as the README shows it.
 */
@PlatformTest
@DisplayName("Receipts and certificates as PDF, and the public check of a certificate (issue 10, section 2; Decree 13)")
class DocumentsApiTest {

	private static final Pattern CODE = Pattern.compile("Mã xác minh: ([0-9A-Z]{16})");

	private static final String SECRET = "Bản vẽ khuôn Khuonbimatgiay";

	@LocalServerPort
	int port;

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("a submitted initiative has a receipt: its title, authors and unit, and the council's deadline once the support team accepts (Decree 13: 3 months)")
	void receipt() throws IOException {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Cải tiến khuôn dập nắp hộp");

		String submitted = text(pdf("tacgia.hn", "/api/initiatives/" + id + "/receipt.pdf"));
		assertThat(submitted).contains("GIẤY BIÊN NHẬN HỒ SƠ SÁNG KIẾN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Cải tiến khuôn dập nắp hộp", "Nguyễn Văn An (70%)", "Lê Văn Bình (30%)",
				"Hội đồng sáng kiến xét công nhận: trong 3 tháng kể từ ngày tổ hỗ trợ chấp nhận hồ sơ");

		steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		byte[] accepted = pdf("hoidong.hn", "/api/initiatives/" + id + "/receipt.pdf");
		LocalDate decideBy = LocalDate.now(clock.withZone(ProgrammeTime.ZONE)).plusMonths(3);
		assertThat(text(accepted)).as("the council's reader sees it too, with the date the process counted")
			.contains("Hội đồng sáng kiến xét công nhận: trước ngày " + ProgrammeTime.day(decideBy));
		draw(accepted, "receipt");
	}

	@Test
	@DisplayName("a draft has no receipt (409), and nobody gets the papers of an initiative they may not see (403)")
	void refusals() {
		long draft = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Cải tiến bàn gá hàn",
				"tacgia.hn", "Nguyễn Văn An"));
		ApiClient.Response noReceipt = api.get("tacgia.hn", "/api/initiatives/" + draft + "/receipt.pdf");
		assertThat(noReceipt.statusCode()).isEqualTo(409);
		assertThat(noReceipt.body().path("code").asText()).isEqualTo("document.receipt.not-submitted");

		long submitted = InitiativeDrafts.submitted(api, "tacgia.hn", "Cải tiến máng dẫn phôi");
		ApiClient.Response notRecognised = api.get("tacgia.hn", "/api/initiatives/" + submitted + "/certificate.pdf");
		assertThat(notRecognised.statusCode()).isEqualTo(409);
		assertThat(notRecognised.body().path("code").asText()).isEqualTo("document.certificate.not-recognised");
		assertThat(notRecognised.body().path("detail").asText()).contains("chưa được Hội đồng sáng kiến công nhận");

		for (String paper : new String[] { "receipt.pdf", "certificate.pdf", "commendation/certificate.pdf" }) {
			ApiClient.Response elsewhere = api.get("tacgia.dn", "/api/initiatives/" + submitted + "/" + paper);
			assertThat(elsewhere.statusCode()).as("the Đà Nẵng author asks for %s", paper).isEqualTo(403);
			assertThat(elsewhere.body().path("code").asText()).isEqualTo("initiative.not-visible");
		}
	}

	@Test
	@DisplayName("a recognised initiative has its certificate, with one verification code however often it is printed, which anyone checks without its confidential content")
	void certificate() throws IOException, InterruptedException {
		long id = steps.publishedFrom(InitiativeDrafts.complete("Cải tiến hệ thống hút bụi xưởng gỗ", "tacgia.hn",
				"Nguyễn Văn An").replaceFirst("\"originStory\":", "\"confidentialContent\":\"" + SECRET + "\",\"originStory\":"));

		byte[] certificate = pdf("tacgia.hn", "/api/initiatives/" + id + "/certificate.pdf");
		String text = text(certificate);
		assertThat(text).contains("GIẤY CHỨNG NHẬN SÁNG KIẾN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Cải tiến hệ thống hút bụi xưởng gỗ", "Hội đồng sáng kiến",
				"Nguyễn Văn An (70%), Lê Văn Bình (30%)", "20/09/2022", "Hà Nội, ngày 20 tháng 09 năm 2022")
			.doesNotContain(SECRET);
		String code = codeOf(text);
		assertThat(text).contains("/verify/" + code);
		assertThat(codeOf(text(pdf("canbo.hn", "/api/initiatives/" + id + "/certificate.pdf"))))
			.as("printed again, by another reader: the same code").isEqualTo(code);
		draw(certificate, "certificate");

		ApiClient.Response checked = api.get(null, "/api/public/documents/" + code.toLowerCase());
		assertThat(checked.statusCode()).as("anyone, without signing in, in either case").isEqualTo(200);
		assertThat(checked.body().path("kind").asText()).isEqualTo("INITIATIVE_CERTIFICATE");
		assertThat(checked.body().path("title").asText()).isEqualTo("Cải tiến hệ thống hút bụi xưởng gỗ");
		assertThat(checked.body().path("initiativeId").asLong()).isEqualTo(id);
		assertThat(checked.body().path("recognitionDate").asText()).isEqualTo("2022-09-20");
		assertThat(checked.body().toString()).doesNotContain("Khuonbimatgiay");

		LoginSession anybody = new LoginSession(port);
		String page = anybody.get("/verify/" + code).body();
		assertThat(page).contains("Giấy chứng nhận sáng kiến", "Cải tiến hệ thống hút bụi xưởng gỗ", code)
			.doesNotContain("Khuonbimatgiay");
	}

	@Test
	@DisplayName("an unknown code is not found (404), on the page and the API")
	void unknownCode() throws IOException, InterruptedException {
		ApiClient.Response unknown = api.get(null, "/api/public/documents/0000000000000000");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body().path("code").asText()).isEqualTo("document.not-found");

		var page = new LoginSession(port).get("/verify/0000000000000000");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Không tìm thấy giấy tờ nào có mã xác minh 0000000000000000");
	}

	@Test
	@DisplayName("a granted award has its certificate, Giấy khen of the granting union, checked as a commendation's (R-7.6)")
	void commendationCertificate() throws IOException, InterruptedException {
		long id = steps.published("Cải tiến giá treo thành phẩm");
		ApiClient.Response notYet = api.get("tacgia.hn", "/api/initiatives/" + id + "/commendation/certificate.pdf");
		assertThat(notYet.statusCode()).as("not proposed: nothing to print").isEqualTo(404);
		assertThat(api.post("canbo.hn", "/api/initiatives/" + id + "/commendation", "{\"reason\":\"Làm lợi lớn\"}")
			.statusCode()).isEqualTo(201);
		ApiClient.Response inProgress = api.get("tacgia.hn", "/api/initiatives/" + id + "/commendation/certificate.pdf");
		assertThat(inProgress.statusCode()).isEqualTo(409);
		assertThat(inProgress.body().path("code").asText()).isEqualTo("document.commendation.not-granted");
		steps.complete("canbo.hn", id, "levelDecision", "{\"commendationDecision\":\"grant\",\"award\":\"GIAY_KHEN\"}");

		byte[] certificate = pdf("tacgia.hn", "/api/initiatives/" + id + "/commendation/certificate.pdf");
		String text = text(certificate);
		assertThat(text).contains("GIẤY KHEN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cải tiến giá treo thành phẩm",
				"tặng Giấy khen cho", "Nguyễn Văn An (70%)");
		String code = codeOf(text);
		draw(certificate, "commendation");
		JsonNode checked = api.get(null, "/api/public/documents/" + code).body();
		assertThat(checked.path("kind").asText()).isEqualTo("COMMENDATION_CERTIFICATE");
		assertThat(checked.path("award").asText()).isEqualTo("GIAY_KHEN");

		LoginSession author = new LoginSession(port);
		String page = author.signInAt("/initiatives/" + id, "tacgia.hn").body();
		assertThat(page).as("the initiative's page links each paper it has")
			.contains("/initiatives/" + id + "/receipt.pdf", "/initiatives/" + id + "/certificate.pdf",
					"/initiatives/" + id + "/commendation/certificate.pdf");
		var fromThePage = author.get("/initiatives/" + id + "/commendation/certificate.pdf");
		assertThat(fromThePage.statusCode()).isEqualTo(200);
		assertThat(fromThePage.headers().firstValue("Content-Type").orElseThrow()).startsWith(MediaType.APPLICATION_PDF_VALUE);
	}

	private byte[] pdf(String username, String path) {
		ResponseEntity<byte[]> response = api.download(username, path);
		assertThat(response.getStatusCode().value()).as("%s gets %s", username, path).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
		return response.getBody();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Lines of a paragraph wrap where the page ends: read them as one.
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String codeOf(String text) {
		Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("a verification code in %s", text).isTrue();
		return code.group(1);
	}

	/** Page 1 as an image, for docs/documents/ (README, "Pages"). */
	private static void draw(byte[] pdf, String name) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80);
			Path file = Path.of("docs/documents/" + name + ".png");
			Files.createDirectories(file.getParent());
			ImageIO.write(page, "png", file.toFile());
		}
	}
}
