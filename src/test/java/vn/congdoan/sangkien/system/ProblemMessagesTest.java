package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

@DisplayName("Dates in messages are written dd/MM/yyyy and moments in Vietnam's time, whatever the code passes")
class ProblemMessagesTest {

	@Test
	@DisplayName("a date and a moment given to a message come out as people write them here")
	void datesAsWritten() {
		StaticMessageSource source = new StaticMessageSource();
		source.addMessage("recognition.date.before-application", Locale.forLanguageTag("vi"),
				"Ngày công nhận không được trước ngày áp dụng ({0}).");
		source.addMessage("window", Locale.forLanguageTag("vi"), "Từ {0}.");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		try {
			Problems problems = new Problems(source, null, null);

			assertThat(problems.message("recognition.date.before-application", LocalDate.of(2022, 3, 1)))
				.isEqualTo("Ngày công nhận không được trước ngày áp dụng (01/03/2022).");
			assertThat(problems.message("window", Instant.parse("2023-06-01T00:00:00Z"))).isEqualTo("Từ 07:00 01/06/2023.");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
