package vn.congdoan.sangkien.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.sangkien.LoginSession;
import vn.congdoan.sangkien.PlatformTest;

/**
 * The notice a grassroots union pins on its board (issue 14, "Reach by QR code"): read back from the PDF, its QR
 * code decoded from the drawn page, and the page the code opens, for a known union and for one the tree no longer has.
 */
@PlatformTest
@DisplayName("A union's notice with a QR code that opens the platform for that union (issue 14)")
class UnionNoticeTest {

	static final String UNION = "CDCS-01-0001";

	@LocalServerPort
	int port;

	@Test
	@DisplayName("its officer prints it from the dashboard: A4, the union's name, a QR code of /join/{unit}")
	void officerPrintsTheNotice() throws Exception {
		LoginSession officer = new LoginSession(port);
		assertThat(officer.signInAt("/dashboard?unit=" + UNION, "canbo.hn").body())
			.contains("/units/" + UNION + "/notice.pdf");

		HttpResponse<byte[]> notice = officer.download("/units/" + UNION + "/notice.pdf");

		assertThat(notice.statusCode()).isEqualTo(200);
		assertThat(notice.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(notice.body())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDRectangle a4 = pdf.getPage(0).getMediaBox();
			assertThat(Math.round(a4.getWidth())).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
			assertThat(Math.round(a4.getHeight())).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("VIẾT SÁNG KIẾN CỦA BẠN", "01 triệu sáng kiến", officer.baseUrl() + "/join/" + UNION);
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
			assertThat(qrCodeOf(page)).as("what a phone's camera reads").isEqualTo(officer.baseUrl() + "/join/" + UNION);
			Path drawn = Path.of("docs/documents/union-notice.png");
			Files.createDirectories(drawn.getParent());
			ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 50), "png", drawn.toFile());
		}
	}

	@Test
	@DisplayName("refused to an author, to another province's officer; 404 for an unknown union, 400 above grassroots")
	void refusals() throws Exception {
		LoginSession author = new LoginSession(port);
		author.signInAt("/my-initiatives", "tacgia.hn");
		assertThat(author.download("/units/" + UNION + "/notice.pdf").statusCode()).isEqualTo(403);
		assertThat(author.get("/dashboard?unit=" + UNION).body()).doesNotContain("notice.pdf");

		LoginSession otherProvince = new LoginSession(port);
		otherProvince.signInAt("/my-initiatives", "canbo.dn");
		assertThat(otherProvince.download("/units/" + UNION + "/notice.pdf").statusCode()).isEqualTo(403);

		LoginSession district = new LoginSession(port);
		district.signInAt("/my-initiatives", "canbo.caugiay");
		assertThat(district.download("/units/" + UNION + "/notice.pdf").statusCode()).as("the officer above it")
			.isEqualTo(200);
		assertThat(district.download("/units/KHONG-CO/notice.pdf").statusCode()).isEqualTo(404);
		assertThat(district.download("/units/CTTT-01-005/notice.pdf").statusCode()).as("a district union")
			.isEqualTo(400);
	}

	@Test
	@DisplayName("the code opens the union's page for anyone; a member signs in and writes; an unknown code says so")
	void theCodeOpensTheUnionsPage() throws Exception {
		LoginSession scanned = new LoginSession(port);
		HttpResponse<String> union = scanned.get("/join/" + UNION);
		assertThat(union.statusCode()).isEqualTo(200);
		assertThat(union.body()).contains("join-register", "/join/" + UNION + "/write");

		HttpResponse<String> member = scanned.signInAt("/join/" + UNION + "/write", "tacgia.hn");
		assertThat(member.uri().getPath()).as("a member writes at once").isEqualTo("/initiatives/new");

		HttpResponse<String> gone = new LoginSession(port).get("/join/CDCS-99-9999");
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.body()).contains("CDCS-99-9999", "join-choose", "href=\"/welcome\"");
		assertThat(new LoginSession(port).get("/join/LDLD-01").statusCode()).as("not a grassroots union").isEqualTo(404);
	}

	private static String qrCodeOf(BufferedImage page) throws Exception {
		int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap).getText();
	}
}
