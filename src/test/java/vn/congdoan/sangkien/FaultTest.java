package vn.congdoan.sangkien;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * A test that breaks something under a running platform (kills a node, stops its database or Keycloak) and
 * checks what survived. Part of {@code mvn verify}; {@code mvn verify -Dgroups=fault} runs these alone. Each is
 * bounded: a fault test that hangs fails after ten minutes rather than holding CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformTest
@Tag("fault")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
public @interface FaultTest {
}
