package vn.congdoan.sangkien.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@DisplayName("The API checks an access token once, and again only once it has expired")
class CheckedTokensTest {

	final AtomicInteger checks = new AtomicInteger();

	@Test
	@DisplayName("a token sent again before its expiry is not checked again")
	void keptUntilExpiry() {
		CheckedTokens tokens = new CheckedTokens(checking(Instant.now().plusSeconds(300)));

		Jwt first = tokens.decode("token-a");
		Jwt again = tokens.decode("token-a");

		assertThat(again).isSameAs(first);
		assertThat(checks).hasValue(1);
	}

	@Test
	@DisplayName("another token, even of the same user, is checked in full")
	void otherTokenChecked() {
		CheckedTokens tokens = new CheckedTokens(checking(Instant.now().plusSeconds(300)));

		tokens.decode("token-a");
		tokens.decode("token-b");

		assertThat(checks).hasValue(2);
	}

	@Test
	@DisplayName("a token past its expiry is never answered from what was kept")
	void expiredCheckedAgain() {
		CheckedTokens tokens = new CheckedTokens(checking(Instant.now().minusSeconds(1)));

		tokens.decode("token-a");
		tokens.decode("token-a");

		assertThat(checks).hasValue(2);
	}

	@Test
	@DisplayName("a refused token is refused every time it is sent")
	void refusedNotKept() {
		CheckedTokens tokens = new CheckedTokens(token -> {
			checks.incrementAndGet();
			throw new BadJwtException("bad signature");
		});

		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThat(checks).hasValue(2);
	}

	private JwtDecoder checking(Instant expiresAt) {
		return token -> {
			checks.incrementAndGet();
			return Jwt.withTokenValue(token)
				.header("alg", "RS256")
				.claim("preferred_username", "tacgia.hn")
				.issuedAt(expiresAt.minusSeconds(600))
				.expiresAt(expiresAt)
				.build();
		};
	}
}
