package vn.congdoan.sangkien.system;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.springframework.web.multipart.MultipartFile;

/**
 * A table the union sends as a file: the first sheet of an Excel workbook (.xlsx) or a UTF-8 CSV, each
 * with one header row. Read as text cells by position, with the row number people see in Excel (the
 * header is row 1), so that a problem can name its row. The workbook is read as a stream of sheet
 * events (XSSF event API): 126,000 rows never become a workbook object model in memory.
 */
public final class TableFile {

	/** A data row: its number in the file and its cells, trimmed, blank ones as "". */
	public record Row(int number, List<String> cells) {

		public String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}

		/** The cell, or null with a problem when it is blank or longer than the column holds. */
		public String required(int column, String name, int maxLength, List<RowProblem> problems) {
			String value = cell(column);
			if (value.isEmpty()) {
				problems.add(new RowProblem(number, name, "import.cell.missing"));
				return null;
			}
			if (value.length() > maxLength) {
				problems.add(new RowProblem(number, name, "import.cell.too-long", maxLength));
				return null;
			}
			return value;
		}

		/** A count written as people write numbers (12.500), or null with a problem: blank, unreadable or negative. */
		public Integer count(int column, String name, List<RowProblem> problems) {
			String value = required(column, name, 20, problems);
			if (value == null) {
				return null;
			}
			boolean negative = value.startsWith("-");
			Long whole = WrittenNumbers.wholeNumber(negative ? value.substring(1) : value);
			if (whole == null || whole > Integer.MAX_VALUE) {
				problems.add(new RowProblem(number, name, "import.count.not-a-number", value));
				return null;
			}
			if (negative && whole > 0) {
				problems.add(new RowProblem(number, name, "import.count.negative", value));
				return null;
			}
			return whole.intValue();
		}
	}

	private TableFile() {
	}

	/** The data rows of an uploaded file (the header and blank rows left out); a 400 when it is no table we read. */
	public static List<Row> read(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw ProblemException.badRequest("import.file.missing");
		}
		try (InputStream content = file.getInputStream()) {
			return read(file.getOriginalFilename(), content);
		}
		catch (IOException e) {
			throw ProblemException.badRequest("import.file.unreadable", file.getOriginalFilename());
		}
	}

	/** The template of an import, as a workbook ({@code xlsx}) or a CSV ({@code csv}): header and example row. */
	public static Download template(String name, String format, List<String> header, List<String> example) {
		if ("xlsx".equals(format)) {
			return new Download(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					workbookTemplate(header, example));
		}
		if ("csv".equals(format)) {
			return new Download(name + ".csv", "text/csv;charset=UTF-8",
					(csvLine(header) + csvLine(example)).getBytes(StandardCharsets.UTF_8));
		}
		throw ProblemException.notFound("import.template.unknown", format);
	}

	/** The data rows of the file (the header and blank rows left out); a 400 when it is no table we read. */
	public static List<Row> read(String fileName, InputStream content) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (!name.endsWith(".xlsx") && !name.endsWith(".csv") && !name.endsWith(".txt")) {
			throw ProblemException.badRequest("import.file.type", fileName);
		}
		List<Row> rows;
		try {
			rows = name.endsWith(".xlsx") ? workbook(content) : csv(content);
		}
		catch (Exception e) {
			// POI, the XML parser and the UTF-8 decoder fail in many ways on a damaged or foreign file: each is "unreadable".
			throw ProblemException.badRequest("import.file.unreadable", fileName);
		}
		if (rows.isEmpty()) {
			throw ProblemException.badRequest("import.file.empty", fileName);
		}
		return rows;
	}

	private static List<Row> workbook(InputStream content) throws Exception {
		List<Row> rows = new ArrayList<>();
		try (OPCPackage workbook = OPCPackage.open(content)) {
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return rows;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						new ReadOnlySharedStringsTable(workbook), new SheetRows(rows), new DataFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		return rows;
	}

	/** Collects the cells of each sheet row by column; a row's missing cells are blank. */
	private static final class SheetRows implements SheetContentsHandler {

		private final List<Row> rows;

		private List<String> cells;

		SheetRows(List<Row> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			add(rows, rowNum + 1, cells);
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(value == null ? "" : value.strip());
		}
	}

	/** RFC 4180: quoted cells may hold the separator, quotes (doubled) and line breaks; ';' where Excel wrote it. */
	private static List<Row> csv(InputStream content) throws IOException {
		List<Row> rows = new ArrayList<>();
		// A CSV saved in another encoding is refused rather than read as garbled names.
		BufferedReader reader = new BufferedReader(new InputStreamReader(content,
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
		String line = reader.readLine();
		if (line == null) {
			return rows;
		}
		if (line.startsWith("\uFEFF")) {
			line = line.substring(1);
		}
		char separator = line.indexOf(',') < 0 && line.indexOf(';') >= 0 ? ';' : ',';
		int number = 0;
		while (line != null) {
			number++;
			int first = number;
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			for (int i = 0;; i++) {
				if (i == line.length()) {
					if (!quoted) {
						break;
					}
					line = reader.readLine();
					if (line == null) {
						break;
					}
					number++;
					cell.append('\n');
					i = -1;
					continue;
				}
				char c = line.charAt(i);
				if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = !quoted;
				}
				else if (c == separator && !quoted) {
					cells.add(cell.toString().strip());
					cell.setLength(0);
				}
				else {
					cell.append(c);
				}
			}
			cells.add(cell.toString().strip());
			add(rows, first, cells);
			line = reader.readLine();
		}
		return rows;
	}

	private static void add(List<Row> rows, int number, List<String> cells) {
		if (number > 1 && !cells.stream().allMatch(String::isEmpty)) {
			rows.add(new Row(number, List.copyOf(cells)));
		}
	}

	/** A workbook of one sheet with the header row and an example row: the template to download. */
	private static byte[] workbookTemplate(List<String> header, List<String> example) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			List<List<String>> lines = List.of(header, example);
			for (int r = 0; r < lines.size(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < lines.get(r).size(); c++) {
					row.createCell(c).setCellValue(lines.get(r).get(c));
				}
			}
			for (int c = 0; c < header.size(); c++) {
				sheet.setColumnWidth(c, 24 * 256);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A CSV line of cells, quoted where needed. */
	private static String csvLine(List<String> cells) {
		return String.join(",", cells.stream()
			.map(cell -> cell.matches(".*[,\";\\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell)
			.toList()) + "\r\n";
	}
}
