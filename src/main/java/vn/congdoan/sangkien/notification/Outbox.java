package vn.congdoan.sangkien.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails to send, written in the transaction of what they tell: if it rolls back, no e-mail; if it commits, the
 * e-mail is on record before anyone tries to send it ({@link MailDelivery}). Each carries the link to act on, the
 * link to one's choices and the link that stops this kind of e-mail without signing in.
 */
@Component
class Outbox {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final NoticeChoices choices;

	private final NotificationSettings settings;

	private final Clock clock;

	Outbox(JdbcTemplate jdbc, MessageSource messages, NoticeChoices choices, NotificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.choices = choices;
		this.settings = settings;
		this.clock = clock;
	}

	/** An e-mail to the person, if they chose e-mail for this kind; {@code text} is its subject and first line. */
	@Transactional(propagation = Propagation.MANDATORY)
	void tell(String username, NoticeKind kind, String text, String body, String link) {
		NoticeChoices.Choices chosen = choices.of(username);
		if (chosen.channels().get(kind) != Channel.EMAIL) {
			return;
		}
		Locale locale = chosen.locale();
		StringBuilder mail = new StringBuilder(text).append("\n\n");
		if (body != null && !body.isBlank()) {
			mail.append(body).append("\n\n");
		}
		if (link != null) {
			mail.append(messages.getMessage("mail.open", new Object[] { absolute(link) }, locale)).append("\n\n");
		}
		mail.append("-- \n").append(messages.getMessage("mail.footer", new Object[] {
				absolute("/notifications/settings"),
				absolute("/notifications/unsubscribe?u=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&k="
						+ kind.name() + "&s=" + choices.signature(username, kind)) }, locale));
		jdbc.update("""
				insert into mail_outbox (username, kind, subject, body, message_id, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""", username, kind.name(), subject(text), mail.toString(),
				"<" + UUID.randomUUID() + "@sangkien>", Timestamp.from(clock.instant()), Timestamp.from(clock.instant()));
	}

	private String absolute(String link) {
		return settings.baseUrl().replaceAll("/+$", "") + link;
	}

	private static String subject(String text) {
		String line = text.lines().findFirst().orElse("").strip();
		return line.length() <= 300 ? line : line.substring(0, 299) + "…";
	}
}
