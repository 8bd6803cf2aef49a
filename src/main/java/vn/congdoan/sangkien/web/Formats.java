package vn.congdoan.sangkien.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.system.ProgrammeTime;

/**
 * The programme's conventions on the pages (docs/rules.md#page-conventions): money in VND with no minor unit ("12.345.678 ₫"),
 * percentages with a decimal comma ("99,1%"), dates dd/MM/yyyy in Asia/Ho_Chi_Minh; separators follow
 * the page's language. Used in templates as {@code @format}.
 */
@Component("format")
public class Formats {

	public String number(long value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	public String money(long vnd) {
		return number(vnd) + "\u00a0₫";
	}

	public String percent(BigDecimal value) {
		if (value == null) {
			return "-";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value) + "%";
	}

	/** A contributor's share: 50%, 33,33%. */
	public String share(BigDecimal percent) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(2);
		return format.format(percent) + "%";
	}

	public String date(java.time.LocalDate date) {
		return date == null ? "-" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
	}

	/** The end of a window as the guideline writes it: "24:00 31/05/2022" ({@link ProgrammeTime#endOf}). */
	public String endOf(Instant closes) {
		return closes == null ? "" : ProgrammeTime.endOf(closes);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ProgrammeTime.ZONE).format(instant);
	}

	private static Locale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		return "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.forLanguageTag("en-GB");
	}
}
