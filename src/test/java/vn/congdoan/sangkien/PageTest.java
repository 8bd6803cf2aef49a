package vn.congdoan.sangkien;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.IdentitySettings;
import vn.congdoan.sangkien.notification.NoticeChoices;
import vn.congdoan.sangkien.notification.Notices;
import vn.congdoan.sangkien.system.FieldMessages;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.system.SystemSettings;
import vn.congdoan.sangkien.web.Formats;

/**
 * Page controllers alone, in a second or two: Spring MVC with the platform's real security chains,
 * language, page advice and messages, the services mocked ({@code @MockitoBean}), the user made up
 * with spring-security-test's {@code oidcLogin()} ({@link PageUsers}). Neither PostgreSQL nor Keycloak
 * is started (dev services off) or reached: the login's client registration names its endpoints
 * ({@code KeycloakClientRegistration}), and
 * the API's token decoder only goes to the issuer on the first bearer token, which these tests never send.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = { "sangkien.devservices.enabled=false", "sangkien.keycloak.url=http://keycloak.invalid",
		"sangkien.accounts.recheck-after=PT0S" },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "vn\\.congdoan\\.sangkien\\.identity\\.SecurityConfiguration",
						"vn\\.congdoan\\.sangkien\\.identity\\.KeycloakClientRegistration",
						"vn\\.congdoan\\.sangkien\\.system\\.PlatformConfiguration" }))
@Import({ CurrentUser.class, Problems.class, FieldMessages.class, Formats.class, PageTest.KeycloakNotReached.class })
@MockitoBean(types = { IdentityService.class, Notices.class, NoticeChoices.class })
@ActiveProfiles("test")
public @interface PageTest {

	/** The page controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

	/** A slice leaves out @ConfigurationPropertiesScan: the settings the security and platform configuration read. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ IdentitySettings.class, SystemSettings.class })
	class KeycloakNotReached {
	}
}
