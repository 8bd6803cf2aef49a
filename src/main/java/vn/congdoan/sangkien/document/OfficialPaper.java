package vn.congdoan.sangkien.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A paper as a union issues it, as PDF, laid out as Decree 30/2020 lays out administrative documents: the issuing
 * unit on the left and the national motto on the right, the place and date under the motto, the paper's name, its
 * lines; a certificate adds its verification code beside the QR code of the public page that checks it. The font
 * (DejaVu Serif, in the jar with its licence) is embedded: a reader without Vietnamese fonts sees every diacritic.
 * Official papers are in Vietnamese whatever the reader's language. Every paragraph and phrase is given one of these
 * fonts, even when its chunks have theirs: OpenPDF would otherwise write its spaces in Helvetica, a font the file
 * does not carry.
 */
@Component
class OfficialPaper {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** A millimetre in points: the margins of Decree 30/2020 are in millimetres. */
	private static final float MM = 72f / 25.4f;

	private final BaseFont regular;

	private final BaseFont bold;

	private final BaseFont italic;

	OfficialPaper() {
		this.regular = font("DejaVuSerif.ttf");
		this.bold = font("DejaVuSerif-Bold.ttf");
		this.italic = font("DejaVuSerif-Italic.ttf");
	}

	/** A line of the paper: "Tên sáng kiến: ...". */
	record Line(String label, String value) {
	}

	/** The code a certificate is checked by, and the public page that checks it. */
	record Verification(String code, String url) {
	}

	/**
	 * @param issuer the issuing unit's name
	 * @param number the paper's number, under the issuer ("Số: ...")
	 * @param name the paper's name, in capitals ("GIẤY BIÊN NHẬN")
	 * @param verification null for a paper without one (the receipt)
	 */
	record Paper(String issuer, String number, String place, LocalDate dated, String name, String intro, List<Line> lines,
			String closing, Verification verification) {
	}

	byte[] write(Paper paper) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		// A4, left 30 mm, right 15 mm, top and bottom 20 mm.
		Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
		PdfWriter writer = PdfWriter.getInstance(document, pdf);
		document.addTitle(text(paper.name()));
		document.addCreator("Sáng kiến");
		document.open();
		document.add(header(paper));
		document.add(centred(paper.name(), bold, 16, 28, 14));
		document.add(paragraph(new Phrase(text(paper.intro()), new Font(regular, 13)), Element.ALIGN_JUSTIFIED, 10));
		for (Line line : paper.lines()) {
			Phrase phrase = new Phrase();
			phrase.setFont(new Font(regular, 13));
			phrase.add(new Chunk(text(line.label()) + ": ", new Font(bold, 13)));
			phrase.add(new Chunk(text(line.value()), new Font(regular, 13)));
			document.add(paragraph(phrase, Element.ALIGN_LEFT, 6));
		}
		if (paper.closing() != null) {
			document.add(paragraph(new Phrase(text(paper.closing()), new Font(italic, 12)), Element.ALIGN_JUSTIFIED, 12));
		}
		if (paper.verification() != null) {
			document.add(verification(writer, paper.verification()));
		}
		document.close();
		return pdf.toByteArray();
	}

	/**
	 * A notice for a union's board: what the programme asks, and a QR code as wide as half the page that opens the
	 * platform for that union, with its address written under it for whoever types rather than scans.
	 */
	record Notice(String union, String heading, List<String> lines, String url) {
	}

	byte[] write(Notice notice) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 20 * MM, 20 * MM, 20 * MM, 20 * MM);
		PdfWriter writer = PdfWriter.getInstance(document, pdf);
		document.addTitle(text(notice.heading()));
		document.addCreator("Sáng kiến");
		document.open();
		document.add(centred(notice.union().toUpperCase(VIETNAMESE), bold, 16, 0, 6));
		document.add(centred(notice.heading(), bold, 24, 12, 12));
		for (String line : notice.lines()) {
			document.add(centred(line, regular, 14, 4, 0));
		}
		Image qr = qr(writer, notice.url(), 100 * MM);
		qr.setAlignment(Element.ALIGN_CENTER);
		qr.setSpacingBefore(18);
		document.add(qr);
		document.add(centred(notice.url(), bold, 13, 12, 0));
		document.close();
		return pdf.toByteArray();
	}

	/** The issuer and its number on the left; the motto, underlined, and the place and date on the right. */
	private PdfPTable header(Paper paper) {
		// The motto on one line: DejaVu is wider than the Times New Roman the decree has in mind.
		PdfPTable header = new PdfPTable(new float[] { 36, 64 });
		header.setWidthPercentage(100);
		PdfPCell issuer = cell();
		issuer.addElement(centred(paper.issuer().toUpperCase(VIETNAMESE), bold, 12, 0, 0));
		issuer.addElement(centred("Số: " + paper.number(), regular, 12, 4, 0));
		header.addCell(issuer);
		PdfPCell motto = cell();
		motto.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 11, 0, 0));
		Chunk independence = new Chunk(text("Độc lập - Tự do - Hạnh phúc"), new Font(bold, 12));
		independence.setUnderline(0.6f, -3f);
		Paragraph underlined = new Paragraph(independence);
		underlined.setAlignment(Element.ALIGN_CENTER);
		motto.addElement(underlined);
		motto.addElement(centred(paper.place() + ", " + dayLine(paper.dated()), italic, 12, 10, 0));
		header.addCell(motto);
		return header;
	}

	/** The code in words and the QR code of the page that checks it, side by side. */
	private PdfPTable verification(PdfWriter writer, Verification verification) {
		PdfPTable table = new PdfPTable(new float[] { 25, 75 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(24);
		PdfPCell qr = cell();
		qr.addElement(qr(writer, verification.url(), 30 * MM));
		table.addCell(qr);
		PdfPCell words = cell();
		words.setVerticalAlignment(Element.ALIGN_MIDDLE);
		Paragraph code = new Paragraph();
		code.setFont(new Font(regular, 12));
		code.add(new Chunk(text("Mã xác minh: "), new Font(regular, 12)));
		code.add(new Chunk(verification.code(), new Font(bold, 13)));
		words.addElement(code);
		words.addElement(new Paragraph(text("Kiểm tra giấy này tại " + verification.url()
				+ " hoặc quét mã QR bên cạnh."), new Font(italic, 11)));
		table.addCell(words);
		return table;
	}

	/** The QR code drawn as squares, not as a bitmap: sharp at any size when printed. */
	private static Image qr(PdfWriter writer, String url, float size) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException e) {
			throw new IllegalStateException("No QR code for " + url, e);
		}
		int modules = matrix.getWidth();
		PdfTemplate template = writer.getDirectContent().createTemplate(modules, modules);
		for (int y = 0; y < modules; y++) {
			for (int x = 0; x < modules; x++) {
				if (matrix.get(x, y)) {
					template.rectangle(x, modules - 1 - y, 1, 1);
				}
			}
		}
		template.fill();
		Image image = Image.getInstance(template);
		image.scaleAbsolute(size, size);
		return image;
	}

	/** "ngày 20 tháng 09 năm 2022", as a Vietnamese paper dates itself. */
	static String dayLine(LocalDate day) {
		return "ngày %02d tháng %02d năm %d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
	}

	private Paragraph centred(String line, BaseFont font, float size, float before, float after) {
		Paragraph paragraph = new Paragraph(text(line), new Font(font, size));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	private static Paragraph paragraph(Phrase phrase, int alignment, float before) {
		Paragraph paragraph = new Paragraph(phrase);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(before);
		paragraph.setLeading(18);
		return paragraph;
	}

	private static PdfPCell cell() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		return cell;
	}

	/**
	 * Text as the font's glyphs expect it: a title typed with combining accents (a Mac, some phones) composed into
	 * the single letters the font has.
	 */
	private static String text(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	private static BaseFont font(String file) {
		try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
			return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The font " + file + " is missing from the jar", e);
		}
	}
}
