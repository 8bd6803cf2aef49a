package vn.congdoan.sangkien.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import vn.congdoan.sangkien.programme.CalendarChanges.PhaseSettings;
import vn.congdoan.sangkien.programme.ProgrammePhase;
import vn.congdoan.sangkien.system.FieldProblem;
import vn.congdoan.sangkien.system.ProgrammeTime;
import vn.congdoan.sangkien.system.WrittenNumbers;

/**
 * A phase as the VGCL Office types it on its page: days as dd/MM/yyyy, the upload window's moments as
 * "dd/MM/yyyy HH:mm" in Asia/Ho_Chi_Minh (a window that ends at midnight ends "31/05/2022 24:00", as the
 * guideline writes it), the national target as people write numbers (300.000). Whether the phase may be so is
 * {@code CalendarChanges}' to say.
 */
record PhaseForm(String code, String name, String qualifiesFrom, String qualifiesTo, String uploadOpensAt,
		String uploadClosesAt, String nationalTarget) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final String END_OF_DAY = "24:00";

	/** The phase as stored, written the way the form reads it back. */
	static PhaseForm of(ProgrammePhase phase) {
		ZonedDateTime closes = phase.uploadClosesAt().atZone(ProgrammeTime.ZONE);
		String closesWritten = closes.toLocalTime().equals(LocalTime.MIDNIGHT)
				? DAY.format(closes.minusDays(1)) + " " + END_OF_DAY
				: DAY.format(closes) + " " + DateTimeFormatter.ofPattern("HH:mm").format(closes);
		return new PhaseForm(phase.code(), phase.name(), DAY.format(phase.qualifiesFrom()), DAY.format(phase.qualifiesTo()),
				DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withZone(ProgrammeTime.ZONE).format(phase.uploadOpensAt()),
				closesWritten, String.format(Locale.forLanguageTag("vi-VN"), "%,d", phase.nationalTarget()));
	}

	/** A field as typed, by its name, for the page's one loop over the fields. */
	public String typed(String field) {
		return switch (field) {
			case "name" -> name;
			case "qualifiesFrom" -> qualifiesFrom;
			case "qualifiesTo" -> qualifiesTo;
			case "uploadOpensAt" -> uploadOpensAt;
			case "uploadClosesAt" -> uploadClosesAt;
			case "nationalTarget" -> nationalTarget;
			default -> throw new IllegalArgumentException("No field " + field + " on a phase's form");
		};
	}

	/** What was typed, read; a value that does not read is left out and its problem added. */
	PhaseSettings settings(List<FieldProblem> unreadable) {
		Long target = blank(nationalTarget) ? null : WrittenNumbers.wholeNumber(nationalTarget);
		if (!blank(nationalTarget) && (target == null || target > Integer.MAX_VALUE)) {
			unreadable.add(new FieldProblem("nationalTarget", "page.office.count-unreadable"));
			target = null;
		}
		return new PhaseSettings(name, day("qualifiesFrom", qualifiesFrom, unreadable), day("qualifiesTo", qualifiesTo, unreadable),
				moment("uploadOpensAt", uploadOpensAt, unreadable), moment("uploadClosesAt", uploadClosesAt, unreadable),
				target == null ? null : target.intValue());
	}

	private static LocalDate day(String field, String text, List<FieldProblem> unreadable) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), TYPED_DAY);
		}
		catch (DateTimeParseException e) {
			unreadable.add(new FieldProblem(field, "page.office.phase.day-unreadable", field));
			return null;
		}
	}

	/** "08/01/2022 07:00"; "31/05/2022 24:00" is the midnight that ends 31/05/2022. */
	private static Instant moment(String field, String text, List<FieldProblem> unreadable) {
		if (blank(text)) {
			return null;
		}
		String[] parts = text.strip().split("\\s+");
		try {
			if (parts.length != 2) {
				throw new DateTimeParseException("a day and a time", text, 0);
			}
			LocalDate day = LocalDate.parse(parts[0], TYPED_DAY);
			LocalDateTime moment = END_OF_DAY.equals(parts[1]) ? day.plusDays(1).atStartOfDay()
					: day.atTime(LocalTime.parse(parts[1], TYPED_TIME));
			return moment.atZone(ProgrammeTime.ZONE).toInstant();
		}
		catch (DateTimeParseException e) {
			unreadable.add(new FieldProblem(field, "page.office.phase.moment-unreadable", field));
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
