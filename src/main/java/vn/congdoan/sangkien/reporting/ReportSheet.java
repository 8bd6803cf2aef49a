package vn.congdoan.sangkien.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.congdoan.sangkien.system.ProgrammeTime;

/**
 * A sheet of a report written row after row: a line of text or numbers, a heading in bold, a date as a
 * date of the programme's zone shown dd/MM/yyyy. On a streaming workbook only the last rows stay in memory, the
 * others are on disk until the workbook is written.
 */
final class ReportSheet {

	private final Sheet sheet;

	private final CellStyle bold;

	private final CellStyle day;

	private int next;

	private Row row;

	private int column;

	private ReportSheet(Sheet sheet, CellStyle bold, CellStyle day) {
		this.sheet = sheet;
		this.bold = bold;
		this.day = day;
	}

	/** A workbook of the platform's reports: rows beyond the last 100 of each sheet go to compressed temporary files. */
	static SXSSFWorkbook workbook() {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(true);
		return workbook;
	}

	static ReportSheet in(SXSSFWorkbook workbook, String name, int... columnWidths) {
		SXSSFSheet sheet = workbook.createSheet(name);
		for (int i = 0; i < columnWidths.length; i++) {
			sheet.setColumnWidth(i, columnWidths[i] * 256);
		}
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		CellStyle day = workbook.createCellStyle();
		day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		return new ReportSheet(sheet, bold, day);
	}

	/** A row of headings, in bold. */
	ReportSheet heading(String... texts) {
		line();
		for (String text : texts) {
			cell().setCellValue(text);
			row.getCell(column - 1).setCellStyle(bold);
		}
		return this;
	}

	/** Starts the next row. */
	ReportSheet line() {
		row = sheet.createRow(next++);
		column = 0;
		return this;
	}

	/** How many rows the sheet has so far. */
	int rows() {
		return next;
	}

	/** Leaves an empty row between two parts. */
	ReportSheet gap() {
		next++;
		return this;
	}

	ReportSheet text(String text) {
		Cell cell = cell();
		if (text != null) {
			cell.setCellValue(text);
		}
		return this;
	}

	ReportSheet number(Number number) {
		Cell cell = cell();
		if (number != null) {
			cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
		}
		return this;
	}

	ReportSheet date(LocalDate date) {
		Cell cell = cell();
		if (date != null) {
			cell.setCellValue(date);
			cell.setCellStyle(day);
		}
		return this;
	}

	/** The day of a moment in the programme's zone. */
	ReportSheet date(Instant instant) {
		return date(instant == null ? null : LocalDate.ofInstant(instant, ProgrammeTime.ZONE));
	}

	private Cell cell() {
		return row.createCell(column++);
	}
}
