package vn.congdoan.sangkien.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** What every feature shares: the programme's time zone and Vietnamese as the first language. */
@Configuration
class PlatformConfiguration {

	/** All times of the programme are Asia/Ho_Chi_Minh. */
	static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	Clock clock() {
		return Clock.system(PROGRAMME_ZONE);
	}

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
		return resolver;
	}
}
