package vn.congdoan.sangkien.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.congdoan.sangkien.document.OfficialPaper.Line;
import vn.congdoan.sangkien.document.OfficialPaper.Paper;
import vn.congdoan.sangkien.document.OfficialPaper.Verification;

@DisplayName("An official paper as PDF: Vietnamese as written, in a font the file carries")
class OfficialPaperTest {

	@Test
	@DisplayName("a title typed with combining accents comes out in the font's letters, embedded, with the motto and the date line")
	void vietnameseAsWritten() throws IOException {
		String decomposed = Normalizer.normalize("Cải tiến máy đột dập", Normalizer.Form.NFD);
		assertThat(decomposed).as("the input really is decomposed").isNotEqualTo("Cải tiến máy đột dập");

		byte[] pdf = new OfficialPaper().write(new Paper("Công đoàn Công ty May Cầu Giấy", "7/GCN-SK", "Hà Nội",
				LocalDate.of(2022, 9, 20), "GIẤY CHỨNG NHẬN SÁNG KIẾN", "Hội đồng sáng kiến chứng nhận:",
				List.of(new Line("Tên sáng kiến", decomposed)), null,
				new Verification("7K3M9Q2XW4HD8RTA", "https://sangkien.congdoan.vn/verify/7K3M9Q2XW4HD8RTA")));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Lines of a paragraph wrap where its column ends: read them as one.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("CÔNG ĐOÀN CÔNG TY MAY CẦU GIẤY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 20 tháng 09 năm 2022", "Tên sáng kiến: Cải tiến máy đột dập",
					"Mã xác minh: 7K3M9Q2XW4HD8RTA");
			for (var name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
			}
		}
	}
}
