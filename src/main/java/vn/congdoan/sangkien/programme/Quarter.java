package vn.congdoan.sangkien.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.congdoan.sangkien.system.ProgrammeTime;

/** A quarter of a year as the programme names it, {@code 2022-Q3}; times are Asia/Ho_Chi_Minh. */
public record Quarter(int year, int number) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

	public static String of(Instant moment) {
		LocalDate day = moment.atZone(ProgrammeTime.ZONE).toLocalDate();
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1).toString();
	}

	public static Optional<Quarter> parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		return matcher.matches()
				? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
				: Optional.empty();
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	@Override
	public String toString() {
		return year + "-Q" + number;
	}
}
