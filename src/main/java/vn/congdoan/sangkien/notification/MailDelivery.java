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
 * Sends the e-mails of the outbox that are due. Each is locked while it is sent ({@code for update skip locked}), so
 * that two nodes never send the same e-mail, and marked sent in the same transaction; an e-mail keeps the
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

	/**
	 * One pass with this sender; returns how many e-mails it sent. Each e-mail is taken, sent and marked in a
	 * transaction of its own, so that one that fails, for whatever reason, neither undoes the others' marks nor holds
	 * up the ones after it.
	 */
	int sendDue(JavaMailSender sender) {
		List<Long> due = jdbc.queryForList("""
				select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?
				order by next_attempt_at limit ?""", Long.class, Timestamp.from(clock.instant()), settings.batch());
		int sent = 0;
		for (long id : due) {
			sent += Boolean.TRUE.equals(transaction.execute(status -> send(sender, id))) ? 1 : 0;
		}
		return sent;
	}

	/** The e-mail, if no other node has taken it meanwhile: locked until it is marked. */
	private boolean send(JavaMailSender sender, long id) {
		List<Pending> taken = jdbc.query("""
				select id, username, subject, body, message_id, attempts from mail_outbox
				where id = ? and status = 'PENDING' and next_attempt_at <= ? for update skip locked""",
				(rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getInt(6)), id, Timestamp.from(clock.instant()));
		return !taken.isEmpty() && send(sender, taken.get(0));
	}

	private boolean send(JavaMailSender sender, Pending mail) {
		String address = null;
		try {
			Optional<String> found = addresses.emailOf(mail.username());
			if (found.isEmpty()) {
				end(mail, "FAILED", null, "no e-mail address");
				return false;
			}
			address = found.get();
			List<String> bounced = jdbc.query("select reason from mail_bounce where address = ?",
					(rs, row) -> rs.getString(1), address);
			if (!bounced.isEmpty()) {
				end(mail, "BOUNCED", address, "bounced before: " + bounced.get(0));
				return false;
			}
			sender.send(message(mail, address));
			jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, address = ?, attempts = attempts + 1 where id = ?",
					Timestamp.from(clock.instant()), address, mail.id());
			return true;
		}
		catch (MailException | MessagingException e) {
			if (refusedForGood(e)) {
				jdbc.update("insert into mail_bounce (address, bounced_at, reason) values (?, ?, ?) on conflict do nothing",
						address, Timestamp.from(clock.instant()), shortened(e));
				end(mail, "BOUNCED", address, shortened(e));
			}
			else {
				later(mail, address, e);
			}
			return false;
		}
		catch (RuntimeException e) {
			// Keycloak asked for the address and did not answer, say: the e-mail waits like one the server refused.
			later(mail, address, e);
			return false;
		}
	}

	private void later(Pending mail, String address, Exception e) {
		if (mail.attempts() + 1 >= settings.maxAttempts()) {
			end(mail, "FAILED", address, shortened(e));
			return;
		}
		Duration wait = Duration.ofMinutes(1L << Math.min(mail.attempts(), 9));
		jdbc.update("update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?",
				Timestamp.from(clock.instant().plus(wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT)),
				shortened(e), mail.id());
		// The mail server's message names the address ("550 <an@example.vn>: no such user"): it stays in the
		// outbox row (last_error), the log names the row and the kind of failure only.
		LOG.warn("E-mail " + mail.id() + " not sent (attempt " + (mail.attempts() + 1) + ", "
				+ e.getClass().getSimpleName() + "), tried again in " + wait + "; the reason is in mail_outbox.last_error");
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
