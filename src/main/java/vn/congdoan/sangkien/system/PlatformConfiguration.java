package vn.congdoan.sangkien.system;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** What every feature shares: the programme's time zone and Vietnamese as the first language. */
@Configuration
@EnableScheduling
class PlatformConfiguration {

	/** All times of the programme are Asia/Ho_Chi_Minh. */
	static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/**
	 * The programme's clock. With {@code sangkien.clock.now} (demo and tests) it starts at that moment
	 * and runs on, so that the 2021-2023 calendar can be walked through today.
	 */
	@Bean
	Clock clock(@Value("${sangkien.clock.now:}") String now) {
		Clock system = Clock.system(PROGRAMME_ZONE);
		if (now.isBlank()) {
			return system;
		}
		return Clock.offset(system, Duration.between(system.instant(), OffsetDateTime.parse(now).toInstant()));
	}

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
		return resolver;
	}
}
