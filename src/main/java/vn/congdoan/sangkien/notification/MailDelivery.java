package vn.congdoan.sangkien.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Sends the e-mails of the outbox that are due. A pass locks the rows it takes ({@code for update skip locked}), so
 * that two nodes never send the same e-mail, and marks each sent in the same transaction; an e-mail keeps the
 * Message-ID it got in the outbox, so that even a resend after a crash between sending and marking is one message to
 * the reader's mail program. A mail server that is down is tried again later, ever less often, up to
 * {@code max-attempts}; an address it refuses for good is marked bounced and not tried again.
 */
@Component
class MailDelivery {

	private static final Log LOG = LogFactory.getLog(MailDelivery.class);

	private static final Duration LONGEST_WAIT = Duration.ofHours(6);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Addresses addresses;

	private final NotificationSettings settings;

	private final Clock clock;

	MailDelivery(JdbcTemplate jdbc, TransactionTemplate transaction, ObjectProvider<JavaMailSender> mailSender,
			Addresses addresses, NotificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.mailSender = mailSender;
		this.addresses = addresses;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sangkien.notifications.send-every}")
	void sendDue() {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender != null) {
			sendDue(sender);
		}
	}

	/** One pass with this sender; returns how many e-mails it sent. */
	int sendDue(JavaMailSender sender) {
		Integer sent = transaction.execute(status -> {
			List<Pending> due = jdbc.query("""
					select id, username, subject, body, message_id, attempts from mail_outbox
					where status = 'PENDING' and next_attempt_at <= ?
					order by next_attempt_at limit ? for update skip locked""",
					(rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getInt(6)), Timestamp.from(clock.instant()), settings.batch());
			int count = 0;
			for (Pending mail : due) {
				count += send(sender, mail) ? 1 : 0;
			}
			return count;
		});
		return sent == null ? 0 : sent;
	}

	private boolean send(JavaMailSender sender, Pending mail) {
		Optional<String> address = addresses.emailOf(mail.username());
		if (address.isEmpty()) {
			end(mail, "FAILED", null, "no e-mail address");
			return false;
		}
		List<String> bounced = jdbc.query("select reason from mail_bounce where address = ?", (rs, row) -> rs.getString(1),
				address.get());
		if (!bounced.isEmpty()) {
			end(mail, "BOUNCED", address.get(), "bounced before: " + bounced.get(0));
			return false;
		}
		try {
			sender.send(message(mail, address.get()));
			jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, address = ?, attempts = attempts + 1 where id = ?",
					Timestamp.from(clock.instant()), address.get(), mail.id());
			return true;
		}
		catch (MailException | MessagingException e) {
			if (refusedForGood(e)) {
				jdbc.update("insert into mail_bounce (address, bounced_at, reason) values (?, ?, ?) on conflict do nothing",
						address.get(), Timestamp.from(clock.instant()), shortened(e));
				end(mail, "BOUNCED", address.get(), shortened(e));
			}
			else if (mail.attempts() + 1 >= settings.maxAttempts()) {
				end(mail, "FAILED", address.get(), shortened(e));
			}
			else {
				Duration wait = Duration.ofMinutes(1L << Math.min(mail.attempts(), 9));
				jdbc.update("""
						update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?""",
						Timestamp.from(clock.instant().plus(wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT)),
						shortened(e), mail.id());
				LOG.warn("E-mail " + mail.id() + " not sent (attempt " + (mail.attempts() + 1) + "), tried again in "
						+ wait + ": " + e.getMessage());
			}
			return false;
		}
	}

	private void end(Pending mail, String status, String address, String why) {
		jdbc.update("update mail_outbox set status = ?, address = ?, attempts = attempts + 1, last_error = ? where id = ?",
				status, address, why, mail.id());
	}

	private MimeMessage message(Pending mail, String address) throws MessagingException {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", mail.messageId());
			}
		};
		message.setFrom(new InternetAddress(settings.from()));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address));
		message.setSubject(mail.subject(), "UTF-8");
		message.setText(mail.body(), "UTF-8");
		message.setSentDate(java.util.Date.from(Instant.now()));
		return message;
	}

	/** The mail server refused the address itself (an SMTP 5xx on the recipient), not the moment. */
	private static boolean refusedForGood(Exception e) {
		Throwable cause = e;
		if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
			cause = send.getFailedMessages().values().iterator().next();
		}
		for (; cause != null; cause = cause.getCause()) {
			if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

	private static String shortened(Exception e) {
		String message = String.valueOf(e.getMessage());
		return message.length() <= 1000 ? message : message.substring(0, 1000);
	}

	private record Pending(long id, String username, String subject, String body, String messageId, int attempts) {
	}
}
