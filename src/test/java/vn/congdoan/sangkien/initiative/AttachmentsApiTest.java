package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.PlatformTest;

@PlatformTest
@DisplayName("Attachments: only allowed files whose content matches, served only to who may see the initiative")
class AttachmentsApiTest {

	static final String PDF = "application/pdf";

	static final byte[] PDF_BYTES = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG_BYTES = InitiativeDrafts.PNG;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiClient api;

	long draft;

	String path;

	@BeforeEach
	void draft() {
		draft = InitiativeDrafts.draft(api, "tacgia.hn", InitiativeDrafts.complete("Hồ sơ có đính kèm", "tacgia.hn",
				"Nguyễn Văn An"));
		path = "/api/initiatives/" + draft + "/attachments";
	}

	@Test
	@DisplayName("a PDF, a PNG and a DOCX are kept with their checksum and served back intact")
	void allowedFiles() throws IOException {
		ApiClient.Response pdf = api.upload("tacgia.hn", path, "thuyet-minh.pdf", PDF, PDF_BYTES);
		ApiClient.Response png = api.upload("tacgia.hn", path, "ảnh chụp.png", "image/png", PNG_BYTES);
		ApiClient.Response docx = api.upload("tacgia.hn", path, "bao-cao.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", office("word/document.xml"));

		assertThat(pdf.statusCode()).isEqualTo(201);
		assertThat(png.statusCode()).isEqualTo(201);
		assertThat(docx.statusCode()).isEqualTo(201);
		assertThat(pdf.body().path("sha256").asText()).isEqualTo(sha256(PDF_BYTES));
		assertThat(png.body().path("sha256").asText()).isEqualTo(sha256(PNG_BYTES));
		assertThat(jdbc.queryForObject("select sha256 from attachment where id = ?", String.class,
				pdf.body().path("id").asLong())).as("as stored").isEqualTo(sha256(PDF_BYTES));
		ResponseEntity<byte[]> back = api.download("tacgia.hn", path + "/" + pdf.body().path("id").asLong());
		assertThat(back.getStatusCode().value()).isEqualTo(200);
		assertThat(back.getBody()).isEqualTo(PDF_BYTES);
		assertThat(back.getHeaders().getContentType().toString()).startsWith(PDF);
	}

	@Test
	@DisplayName("over 20 MB: 413, nothing stored")
	void tooLarge() {
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(PDF_BYTES, 0, big, 0, PDF_BYTES.length);

		assertRefused(api.upload("tacgia.hn", path, "lon.pdf", PDF, big), 413, "attachment.too-large");
	}

	@Test
	@DisplayName("a type that is not allowed, or content that does not match the declared type: 415")
	void wrongTypes() throws IOException {
		assertRefused(api.upload("tacgia.hn", path, "chay.exe", "application/octet-stream", new byte[] { 'M', 'Z' }), 415,
				"attachment.type.not-allowed");
		assertRefused(api.upload("tacgia.hn", path, "gia.pdf", PDF, PNG_BYTES), 415, "attachment.type.mismatch");
		assertRefused(api.upload("tacgia.hn", path, "anh.png", PDF, PNG_BYTES), 415, "attachment.type.mismatch");
		assertRefused(api.upload("tacgia.hn", path, "bang.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", office("word/document.xml")), 415,
				"attachment.type.mismatch");
	}

	@Test
	@DisplayName("a file name with a path in it: 400")
	void pathInName() {
		assertRefused(api.upload("tacgia.hn", path, "../../etc/passwd.pdf", PDF, PDF_BYTES), 400, "attachment.name.path");
		assertRefused(api.upload("tacgia.hn", path, "C:\\tai-lieu\\a.pdf", PDF, PDF_BYTES), 400, "attachment.name.path");
	}

	@Test
	@DisplayName("only the author attaches; only who may see the initiative downloads")
	void accessToFiles() {
		assertThat(api.upload("tacgia.dn", path, "x.pdf", PDF, PDF_BYTES).statusCode()).isEqualTo(403);
		long file = api.upload("tacgia.hn", path, "ho-so.pdf", PDF, PDF_BYTES).body().path("id").asLong();
		String download = path + "/" + file;
		assertThat(api.download("hotro.hn", download).getStatusCode().value()).as("a draft is the author's").isEqualTo(403);

		assertThat(api.post("tacgia.hn", "/api/initiatives/" + draft + "/submit", null).statusCode()).isEqualTo(200);

		assertThat(api.download("hotro.hn", download).getStatusCode().value()).isEqualTo(200);
		assertThat(api.download("hotro.dn", download).getStatusCode().value()).isEqualTo(403);
		assertThat(api.download("tacgia.dn", download).getStatusCode().value()).isEqualTo(403);
		assertThat(api.upload("tacgia.hn", path, "muon.pdf", PDF, PDF_BYTES).statusCode()).as("under review").isEqualTo(409);
	}

	private void assertRefused(ApiClient.Response response, int status, String code) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body().path("code").asText()).isEqualTo(code);
		assertThat(response.body().path("detail").asText()).isNotBlank();
		assertThat(jdbc.queryForObject("select count(*) from attachment where initiative_id = ?", Long.class, draft))
			.isZero();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The smallest Office Open XML package: [Content_Types].xml and the application's folder. */
	private static byte[] office(String part) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(part));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}
}
