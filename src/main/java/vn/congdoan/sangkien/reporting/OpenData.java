package vn.congdoan.sangkien.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;

import vn.congdoan.sangkien.initiative.ReportedInitiatives;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.unit.UnitTree;
import vn.congdoan.sangkien.unit.Units;

/**
 * the published initiatives as open data, for anyone, as CSV (UTF-8 with a byte order mark, so that Excel
 * reads the Vietnamese right) and as JSON: number, title, summary, unit, kind, recognition and upload dates (ISO
 * 8601), never the confidential content. Streamed from the database to the reader, row after row. Each download
 * reads every published initiative and holds a connection while the reader reads, so a node serves only
 * {@code sangkien.reports.open-data-downloads} at once and answers the next 503 {@code open-data.busy}.
 */
@Service
public class OpenData {

	private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final String[] COLUMNS = { "number", "title", "summary", "unit_code", "unit_name", "kind",
			"kind_name", "recognition_date", "upload_date" };

	private final ReportedInitiatives initiatives;

	private final Units units;

	private final UnitTree tree;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final Semaphore downloads;

	OpenData(ReportedInitiatives initiatives, Units units, UnitTree tree, MessageSource messages, ObjectMapper json,
			ReportingSettings settings) {
		this.initiatives = initiatives;
		this.units = units;
		this.tree = tree;
		this.messages = messages;
		this.json = json;
		this.downloads = new Semaphore(settings.reports().openDataDownloads());
	}

	public void csv(HttpServletResponse response) {
		admitted(response, "text/csv;charset=UTF-8", "initiatives.csv", out -> {
			Map<String, String> names = unitNames();
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			writer.write('\uFEFF');
			writer.write(String.join(",", COLUMNS) + "\r\n");
			initiatives.published(row -> {
				try {
					writer.write(String.join(",", String.valueOf(row.number()), csv(row.title()), csv(row.summary()),
							csv(row.unitCode()), csv(names.get(row.unitCode())), csv(row.kind()), csv(kindName(row.kind())),
							csv(iso(row.recognitionDate())), csv(iso(row.uploadedAt() == null ? null
									: LocalDate.ofInstant(row.uploadedAt(), ProgrammeTime.ZONE)))) + "\r\n");
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			writer.flush();
		});
	}

	public void json(HttpServletResponse response) {
		admitted(response, "application/json", "initiatives.json", out -> {
			Map<String, String> names = unitNames();
			JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
			generator.writeStartArray();
			initiatives.published(row -> {
				try {
					generator.writeStartObject();
					generator.writeNumberField("number", row.number());
					generator.writeStringField("title", row.title());
					generator.writeStringField("summary", row.summary());
					generator.writeStringField("unitCode", row.unitCode());
					generator.writeStringField("unitName", names.get(row.unitCode()));
					generator.writeStringField("kind", row.kind());
					generator.writeStringField("kindName", kindName(row.kind()));
					generator.writeStringField("recognitionDate", iso(row.recognitionDate()));
					generator.writeStringField("uploadDate", iso(row.uploadedAt() == null ? null
							: LocalDate.ofInstant(row.uploadedAt(), ProgrammeTime.ZONE)));
					generator.writeEndObject();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			generator.writeEndArray();
			generator.flush();
		});
	}

	private void admitted(HttpServletResponse response, String contentType, String fileName, Download download) {
		if (!downloads.tryAcquire()) {
			throw ProblemException.unavailable("open-data.busy", RETRY_AFTER);
		}
		try {
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString());
			download.writeTo(response.getOutputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			downloads.release();
		}
	}

	private Map<String, String> unitNames() {
		return tree.names(units.selfAndDescendants(units.national().code()));
	}

	private String kindName(String kind) {
		return kind == null ? null : messages.getMessage("kind." + kind, null, kind, VIETNAMESE);
	}

	private static String iso(LocalDate date) {
		return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
	}

	/**
	 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, its quotes doubled; a title that
	 * begins like a formula (= + - @) is read as text by a spreadsheet, never run (OWASP's CSV injection).
	 */
	static String csv(String raw) {
		if (raw == null) {
			return "";
		}
		String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
		return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private interface Download {

		void writeTo(OutputStream out) throws IOException;
	}
}
