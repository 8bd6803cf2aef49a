package vn.congdoan.sangkien.identity;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Access tokens the API has already decoded and checked, kept until they expire. A client sends the
 * same token with every call for minutes; checking its RSA signature and parsing its claims again on
 * each call took a tenth of the lifecycle's request time (docs/benchmarks/README.md, the profile). A
 * token is kept under its whole text, so any change to it is another token, checked in full; it is
 * dropped at its expiry, when the check would refuse it. A refused token is never kept.
 */
final class CheckedTokens implements JwtDecoder {

	/** About the tokens of the busiest five minutes of a deadline surge (Keycloak's tokens live five). */
	static final int MAXIMUM = 10_000;

	private final JwtDecoder decoder;

	private final Cache<String, Jwt> checked;

	CheckedTokens(JwtDecoder decoder) {
		this.decoder = decoder;
		this.checked = Caffeine.newBuilder()
			.maximumSize(MAXIMUM)
			.expireAfter(Expiry.creating((String token, Jwt jwt) -> untilExpiry(jwt)))
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = checked.getIfPresent(token);
		if (known != null) {
			return known;
		}
		Jwt decoded = decoder.decode(token);
		checked.put(token, decoded);
		return decoded;
	}

	private static Duration untilExpiry(Jwt jwt) {
		// Expiry is judged on the real clock, as the token's own check does, not on the programme's clock.
		Instant expires = jwt.getExpiresAt();
		if (expires == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(Instant.now(), expires);
		return left.isNegative() ? Duration.ZERO : left;
	}
}
