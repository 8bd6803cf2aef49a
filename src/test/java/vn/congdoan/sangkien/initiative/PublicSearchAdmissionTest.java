package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.congdoan.sangkien.system.ProblemException;

@DisplayName("The public search's admission, alone: so many per address in a window, so many at once")
class PublicSearchAdmissionTest {

	final MovingClock clock = new MovingClock(Instant.parse("2022-10-03T01:00:00Z"));

	@Test
	@DisplayName("an address may search so many times in its window; then 429 until the window ends, told in Retry-After")
	void rateLimitPerAddress() {
		PublicSearchAdmission admission = admission(2, 5);

		assertThat(admission.admit("203.0.113.1", () -> "first")).isEqualTo("first");
		clock.advance(Duration.ofSeconds(20));
		assertThat(admission.admit("203.0.113.1", () -> "second")).isEqualTo("second");
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> admission.admit("203.0.113.1", () -> "third"));

		assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.code()).isEqualTo("search.rate-limited");
		assertThat(refused.retryAfter()).contains(Duration.ofSeconds(40));
		assertThat(refused.arguments()).containsExactly(40L);
		assertThat(admission.admit("203.0.113.2", () -> "another address")).isEqualTo("another address");
	}

	@Test
	@DisplayName("when an address's window ends it may search again")
	void windowEnds() {
		PublicSearchAdmission admission = admission(1, 5);
		admission.admit("203.0.113.1", () -> "first");
		catchThrowableOfType(ProblemException.class, () -> admission.admit("203.0.113.1", () -> "refused"));

		clock.advance(Duration.ofMinutes(1));

		assertThat(admission.admit("203.0.113.1", () -> "again")).isEqualTo("again");
	}

	@Test
	@DisplayName("the addresses remembered are bounded: ended windows are forgotten, and while all run a new address waits")
	void rememberedAddressesBounded() {
		PublicSearchAdmission admission = admission(100, 5);
		for (int address = 0; address < PublicSearchAdmission.REMEMBERED_ADDRESSES; address++) {
			admission.admit("2001:db8::" + Integer.toHexString(address), () -> "counted");
		}

		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> admission.admit("203.0.113.1", () -> "new address"));
		String known = admission.admit("2001:db8::0", () -> "known address");
		clock.advance(Duration.ofMinutes(1));

		assertThat(refused.code()).isEqualTo("search.busy");
		assertThat(known).isEqualTo("known address");
		assertThat(admission.admit("203.0.113.1", () -> "after the windows ended")).isEqualTo("after the windows ended");
	}

	@Test
	@DisplayName("beyond so many searches at once the next is refused at once with 503 and Retry-After, and admitted when one ends")
	void bulkhead() throws Exception {
		PublicSearchAdmission admission = admission(100, 1);
		CountDownLatch searching = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> admission.admit("203.0.113.1", () -> {
			searching.countDown();
			await(release);
			return "long search";
		}));
		assertThat(searching.await(10, TimeUnit.SECONDS)).isTrue();

		ProblemException busy = catchThrowableOfType(ProblemException.class,
				() -> admission.admit("203.0.113.2", () -> "refused"));
		release.countDown();

		assertThat(busy.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(busy.code()).isEqualTo("search.busy");
		assertThat(busy.retryAfter()).contains(Duration.ofSeconds(2));
		assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo("long search");
		assertThat(admission.admit("203.0.113.2", () -> "admitted")).isEqualTo("admitted");
	}

	@Test
	@DisplayName("a search that fails gives its place back")
	void failedSearchFreesItsPlace() {
		PublicSearchAdmission admission = admission(100, 1);
		catchThrowableOfType(IllegalStateException.class, () -> admission.admit("203.0.113.1", () -> {
			throw new IllegalStateException("the database went away");
		}));

		assertThat(admission.admit("203.0.113.1", () -> "admitted")).isEqualTo("admitted");
	}

	private PublicSearchAdmission admission(int requests, int concurrent) {
		InitiativeSettings settings = new InitiativeSettings(null, new InitiativeSettings.PublicSearch(Duration.ofSeconds(2), 5,
				3, 1000, concurrent, new InitiativeSettings.RateLimit(requests, Duration.ofMinutes(1))), null);
		return new PublicSearchAdmission(settings, clock);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A clock the test moves on by hand. */
	static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
