package vn.congdoan.sangkien.system;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests made safe to retry with an {@code Idempotency-Key} header: the first request runs and its
 * answer is kept in the same transaction; a retry with the same key gets that answer again and changes
 * nothing. A request that failed kept nothing, so its retry runs anew. Two requests with the same key
 * at the same moment: the second waits for the first and then gets its answer.
 */
@Component
public class IdempotentRequests {

	public static final String HEADER = "Idempotency-Key";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final Clock clock;

	private final Duration keep;

	private final ScheduledRuns runs;

	IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json, Clock clock,
			SystemSettings settings, ScheduledRuns runs) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.keep = settings.idempotency().keep();
		this.runs = runs;
	}

	public ResponseEntity<?> once(String username, String key, String operation, Supplier<ResponseEntity<?>> request) {
		if (key == null) {
			return request.get();
		}
		if (key.isBlank() || key.length() > 128) {
			throw ProblemException.badRequest("request.idempotency-key.invalid");
		}
		return transactions.execute(status -> {
			int claimed = jdbc.update("""
					insert into idempotent_request (username, request_key, operation, status, body, created_at)
					values (?, ?, ?, 0, '', ?) on conflict do nothing""", username, key, operation,
					Timestamp.from(clock.instant()));
			if (claimed == 0) {
				return replay(username, key, operation);
			}
			ResponseEntity<?> response = request.get();
			URI location = response.getHeaders().getLocation();
			jdbc.update("""
					update idempotent_request set status = ?, body = ?, location = ?
					where username = ? and request_key = ?""", response.getStatusCode().value(),
					serialized(response.getBody()), location == null ? null : location.toString(), username, key);
			return response;
		});
	}

	/** Nightly, on one node of several ({@link ScheduledRuns}: the cron fires on each in the same minute). */
	@Scheduled(cron = "${sangkien.idempotency.forget-cron}", zone = "Asia/Ho_Chi_Minh")
	void forgetOldOnOneNode() {
		if (runs.claim("idempotency.forget", Duration.ofMinutes(1))) {
			forgetOld();
		}
	}

	/**
	 * A client retries within minutes, not days: keys older than {@code sangkien.idempotency.keep}
	 * (a day by default) are forgotten, nightly, so that the table does not grow with every request.
	 */
	public int forgetOld() {
		return jdbc.update("delete from idempotent_request where created_at < ?",
				Timestamp.from(clock.instant().minus(keep)));
	}

	/** A short, stable digest of a request's body, so that a key reused for another body is noticed. */
	public String fingerprint(Object body) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
			return java.util.HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private ResponseEntity<?> replay(String username, String key, String operation) {
		List<ResponseEntity<String>> stored = jdbc.query(
				"select operation, status, body, location from idempotent_request where username = ? and request_key = ?",
				(row, n) -> {
					if (!row.getString("operation").equals(operation)) {
						throw ProblemException.conflict("request.idempotency-key.reused");
					}
					ResponseEntity.BodyBuilder answer = ResponseEntity.status(row.getInt("status"))
						.contentType(MediaType.APPLICATION_JSON)
						.header("Idempotent-Replayed", "true");
					if (row.getString("location") != null) {
						answer.location(URI.create(row.getString("location")));
					}
					return answer.body(row.getString("body"));
				}, username, key);
		return stored.isEmpty() ? ResponseEntity.status(HttpStatus.CONFLICT).build() : stored.get(0);
	}

	private String serialized(Object body) {
		try {
			return body == null ? "" : json.writeValueAsString(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot keep the answer of an idempotent request", e);
		}
	}
}
