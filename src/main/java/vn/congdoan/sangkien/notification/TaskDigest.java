package vn.congdoan.sangkien.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.sangkien.system.ScheduledRuns;

/**
 * The e-mail of the tasks that arrived: one a day at most (or a week, as the person chose), listing what arrived for
 * them and their groups since the last one and is still unread, never one e-mail per task. The members of a group are
 * asked of Keycloak here, once per group and pass, not when the task arrives.
 */
@Component
class TaskDigest {

	/** A weekly reader's digest looks this far back, so a digest pass reads the notices of this window. */
	private static final Duration LONGEST = Duration.ofDays(7);

	private static final int LINES = 20;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Addresses addresses;

	private final Notices notices;

	private final NoticeChoices choices;

	private final Outbox outbox;

	private final MessageSource messages;

	private final ScheduledRuns runs;

	private final Clock clock;

	TaskDigest(JdbcTemplate jdbc, TransactionTemplate transaction, Addresses addresses, Notices notices,
			NoticeChoices choices, Outbox outbox, MessageSource messages, ScheduledRuns runs, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.addresses = addresses;
		this.notices = notices;
		this.choices = choices;
		this.outbox = outbox;
		this.messages = messages;
		this.runs = runs;
		this.clock = clock;
	}

	@Scheduled(cron = "${sangkien.notifications.digest-cron}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		if (runs.claim("task-digest", Duration.ofMinutes(1))) {
			send();
		}
	}

	/** One pass: returns how many digests it wrote to the outbox. */
	int send() {
		Instant now = clock.instant();
		Map<String, Set<String>> recipientsOf = new LinkedHashMap<>();
		for (String recipient : jdbc.queryForList("""
				select distinct recipient from notice where kind = 'TASK' and created_at > ? order by recipient""",
				String.class, Timestamp.from(now.minus(LONGEST)))) {
			List<String> people = recipient.startsWith("user:") ? List.of(recipient.substring("user:".length()))
					: addresses.holding(recipient.substring("group:".length()));
			for (String username : people) {
				recipientsOf.computeIfAbsent(username, key -> new LinkedHashSet<>(List.of(Notices.user(key)))).add(recipient);
			}
		}
		int sent = 0;
		for (Map.Entry<String, Set<String>> person : recipientsOf.entrySet()) {
			Boolean wrote = transaction.execute(status -> digest(person.getKey(), person.getValue(), now));
			sent += Boolean.TRUE.equals(wrote) ? 1 : 0;
		}
		return sent;
	}

	private boolean digest(String username, Set<String> recipients, Instant now) {
		NoticeChoices.Choices chosen = choices.of(username);
		Instant since = jdbc.query("select digested_until from notice_reader where username = ?",
				(rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(), username)
			.stream().filter(java.util.Objects::nonNull).findFirst()
			.orElse(now.minus(chosen.digest() == NoticeChoices.Digest.WEEKLY ? LONGEST : Duration.ofDays(1)));
		if (chosen.channels().get(NoticeKind.TASK) != Channel.EMAIL
				|| chosen.digest() == NoticeChoices.Digest.WEEKLY && since.isAfter(now.minus(LONGEST).plusSeconds(3600))) {
			return false;
		}
		Locale locale = chosen.locale();
		List<String> lines = new ArrayList<>();
		int[] count = { 0 };
		jdbc.query("""
				select n.message_code, n.arguments from notice n
				where n.recipient = any(?) and n.kind = 'TASK' and n.created_at > ? and n.created_at <= ?
				  and not exists (select 1 from notice_read r where r.username = ? and r.notice_id = n.id)
				order by n.created_at""", rs -> {
			if (count[0]++ < LINES) {
				lines.add("- " + notices.text(rs.getString(1), (String[]) rs.getArray(2).getArray(), locale));
			}
		}, recipients.toArray(String[]::new), Timestamp.from(since), Timestamp.from(now), username);
		jdbc.update("""
				insert into notice_reader (username, digested_until) values (?, ?)
				on conflict (username) do update set digested_until = excluded.digested_until""", username,
				Timestamp.from(now));
		if (count[0] == 0) {
			return false;
		}
		if (count[0] > LINES) {
			lines.add(messages.getMessage("mail.digest.more", new Object[] { count[0] - LINES }, locale));
		}
		outbox.tell(username, NoticeKind.TASK, messages.getMessage("mail.digest.subject", new Object[] { count[0] }, locale),
				String.join("\n", lines), "/inbox");
		return true;
	}
}
