package vn.congdoan.sangkien.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** All times of the programme are Asia/Ho_Chi_Minh: the one place that says so, and how a moment is written. */
public final class ProgrammeTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ProgrammeTime() {
	}

	/** A day as the guideline writes one: "01/06/2023". */
	public static String day(LocalDate day) {
		return DAY.format(day);
	}

	/** A moment as the guideline writes one: "07:00 01/06/2023". */
	public static String moment(Instant instant) {
		return MOMENT.format(instant);
	}

	/**
	 * The end of a period as the guideline writes it: a window that closes at midnight ends at "24:00" of its
	 * last day, "24:00 31/05/2022", not "00:00 01/06/2022".
	 */
	public static String endOf(Instant closes) {
		ZonedDateTime end = closes.atZone(ZONE);
		return end.toLocalTime().equals(LocalTime.MIDNIGHT) ? "24:00 " + DAY.format(end.minusDays(1)) : moment(closes);
	}
}
