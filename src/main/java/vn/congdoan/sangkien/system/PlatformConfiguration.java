package vn.congdoan.sangkien.system;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** What every feature shares: the programme's time zone and Vietnamese as the first language. */
@Configuration
@EnableScheduling
class PlatformConfiguration {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/**
	 * The programme's clock. With {@code sangkien.clock.now} (demo and tests) it starts at that moment
	 * and runs on, so that the 2021-2023 calendar can be walked through today.
	 */
	@Bean
	Clock clock(SystemSettings settings) {
		Clock system = Clock.system(ProgrammeTime.ZONE);
		if (settings.clock().real()) {
			return system;
		}
		OffsetDateTime now;
		try {
			now = OffsetDateTime.parse(settings.clock().now().strip());
		}
		catch (DateTimeParseException e) {
			throw new WrongSetting("sangkien.clock.now", settings.clock().now(),
					"a moment with its offset, such as 2022-10-03T08:00:00+07:00 (or empty for the real clock)");
		}
		return Clock.offset(system, Duration.between(system.instant(), now.toInstant()));
	}

	/**
	 * Vietnamese first. On the pages, English only by the language switch ({@code ?lang=en}, kept in a
	 * cookie); an API client that asks for English (Accept-Language) gets English messages.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocaleFunction(request -> {
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			boolean english = request.getHeader("Accept-Language") != null
					&& Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage());
			return api && english ? Locale.ENGLISH : VIETNAMESE;
		});
		return resolver;
	}

	@Bean
	WebMvcConfigurer languageSwitch() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
				interceptor.setParamName("lang");
				interceptor.setIgnoreInvalidLocale(true);
				registry.addInterceptor(interceptor);
			}
		};
	}

	/** The pages' links: Spring Boot's template engine with {@link PageLinks}, set before it renders its first page. */
	@Bean
	static BeanPostProcessor pageLinks() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new PageLinks());
				}
				return bean;
			}
		};
	}
}
