package vn.congdoan.sangkien;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on the real embedded PostgreSQL and the real Keycloak, both started once for
 * the test run (every test class with this annotation shares one application context). A test autowires the
 * {@link ApiClient} and {@link Steps} of {@link PlatformTestSupport} rather than building its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PlatformTestSupport.class)
public @interface PlatformTest {
}
