package vn.congdoan.sangkien.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings every feature shares, with their defaults in {@code application.yaml}.
 *
 * @param clock where the programme's clock starts
 * @param idempotency how long the answers to Idempotency-Key requests are kept for retries
 * @param events when a module's reaction that has not completed is tried again
 * @param requests what one request may send
 */
@ConfigurationProperties("sangkien")
public record SystemSettings(Clock clock, Idempotency idempotency, Events events, Requests requests) {

	/** @param now the moment the clock starts at (demo and tests), or empty for the real clock */
	public record Clock(String now) {

		boolean real() {
			return now == null || now.isBlank();
		}
	}

	/**
	 * @param keep how long an answer is kept (forgotten at {@code sangkien.idempotency.forget-cron})
	 */
	public record Idempotency(Duration keep) {
	}

	/**
	 * @param retryAfter how old an unhandled event publication is before it is handed over again (longer
	 *        than a listener ever takes, so that one still at work is seldom handed over twice)
	 * @param retryEvery how often it is looked for, by one node of several
	 */
	public record Events(Duration retryAfter, Duration retryEvery) {
	}

	/**
	 * @param maxBodySize the largest body of a request that is not a file upload (JSON, a form); an upload
	 *        has its own limits ({@code spring.servlet.multipart}, {@code sangkien.attachments})
	 */
	public record Requests(DataSize maxBodySize) {
	}
}
