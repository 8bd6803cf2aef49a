package vn.congdoan.sangkien.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the platform's address as people reach it, for the links in e-mails
 * @param from the sender of the e-mails
 * @param secret signs the unsubscribe links, which work without signing in
 * @param sendEvery how often the outbox is read for e-mails due
 * @param batch how many e-mails one pass sends at most
 * @param maxAttempts after that many failures an e-mail is given up ({@code FAILED})
 * @param digestCron when the task digests go out (Asia/Ho_Chi_Minh)
 * @param windowWarning how long before an upload window closes its union officers are told
 * @param windowCron when the upload windows are looked at (Asia/Ho_Chi_Minh)
 * @param keep how long notices and e-mails done with are kept
 * @param retentionCron when older ones go (Asia/Ho_Chi_Minh)
 */
@ConfigurationProperties("sangkien.notifications")
public record NotificationSettings(String baseUrl, String from, String secret, Duration sendEvery, int batch,
		int maxAttempts, String digestCron, Duration windowWarning, String windowCron, Duration keep,
		String retentionCron) {
}
