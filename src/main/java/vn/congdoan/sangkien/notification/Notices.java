package vn.congdoan.sangkien.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The notices in the app. One is addressed to a person ({@code user:tacgia.hn}) or to a candidate group
 * ({@code group:support-team:CDCS-01-0001}), whose members read it through the pairs they hold. Its text is a message
 * code and arguments, put in the reader's language when read; an argument written {@code #step.supportTeamReview}
 * is itself a message code (the name of a step, of an outcome), and {@code #step.takeUpIdea|Tiếp nhận ý tưởng}
 * says what to show where there is no such message.
 */
@Service
public class Notices {

	/** The unread count in the top bar stops here ("99+"): counting further would cost a page view more. */
	static final int UNREAD_SHOWN = 99;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final NoticeChoices choices;

	private final Clock clock;

	Notices(JdbcTemplate jdbc, MessageSource messages, NoticeChoices choices, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.choices = choices;
		this.clock = clock;
	}

	/**
	 * Writes a notice, in the caller's transaction; with {@code onceKey}, only the first time (a cause handled twice
	 * tells once). Returns whether it was written.
	 */
	@Transactional
	public boolean send(String recipient, NoticeKind kind, String code, List<String> arguments, String link,
			String onceKey) {
		return jdbc.update("""
				insert into notice (recipient, kind, message_code, arguments, link, once_key, created_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (once_key) do nothing""", recipient, kind.name(), code,
				arguments.toArray(String[]::new), link, onceKey, Timestamp.from(clock.instant())) == 1;
	}

	/** The same notice to several recipients in one statement (a task arriving for its groups and its assignee). */
	@Transactional
	public void sendAll(List<String> recipients, NoticeKind kind, String code, List<String> arguments, String link) {
		jdbc.update("""
				insert into notice (recipient, kind, message_code, arguments, link, created_at)
				select recipient, ?, ?, ?, ?, ? from unnest(?) as recipient""", kind.name(), code,
				arguments.toArray(String[]::new), link, Timestamp.from(clock.instant()), recipients.toArray(String[]::new));
	}

	/** The latest notices of the user and their groups, of the kinds they did not switch off. */
	@Transactional(readOnly = true)
	public List<Notice> of(PlatformUser user, Locale locale, int limit) {
		return jdbc.query("""
				select n.id, n.kind, n.message_code, n.arguments, n.link, n.created_at,
				       r.read_at is not null or n.created_at <= coalesce(
				           (select read_until from notice_reader where username = ?), '-infinity') as read
				from notice n left join notice_read r on r.notice_id = n.id and r.username = ?
				where n.recipient = any(?) and n.kind <> all(?)
				order by n.created_at desc, n.id desc limit ?""", (rs, row) -> new Notice(rs.getLong("id"),
				NoticeKind.valueOf(rs.getString("kind")),
				text(rs.getString("message_code"), (String[]) rs.getArray("arguments").getArray(), locale),
				rs.getString("link"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")),
				user.username(), user.username(), recipients(user), switchedOff(user), limit);
	}

	/**
	 * How many of them are unread, up to {@link #UNREAD_SHOWN} + 1: only those since the reader last marked all
	 * read, so the count reads the newest notices of their groups, never their whole history.
	 */
	@Transactional(readOnly = true)
	public int unread(PlatformUser user) {
		return jdbc.queryForObject("""
				select count(*) from (select 1 from notice n
				  where n.recipient = any(?) and n.kind <> all(?)
				    and n.created_at > coalesce((select read_until from notice_reader where username = ?), '-infinity')
				    and not exists (select 1 from notice_read r where r.username = ? and r.notice_id = n.id)
				  limit ?) unread""", Integer.class, recipients(user), switchedOff(user), user.username(),
				user.username(), UNREAD_SHOWN + 1);
	}

	/** Marks the notice read and gives its link; 404 for a notice that is not the user's nor their groups'. */
	@Transactional
	public String open(PlatformUser user, long id) {
		List<String> link = jdbc.query("select coalesce(link, '/notifications') from notice where id = ? and recipient = any(?)",
				(rs, row) -> rs.getString(1), id, recipients(user));
		if (link.isEmpty()) {
			throw ProblemException.notFound("notice.not-found", id);
		}
		jdbc.update("insert into notice_read (username, notice_id, read_at) values (?, ?, ?) on conflict do nothing",
				user.username(), id, Timestamp.from(clock.instant()));
		return link.get(0);
	}

	/** Everything up to now is read: one row for the reader, however many notices their groups have had. */
	@Transactional
	public void readAll(PlatformUser user) {
		jdbc.update("""
				insert into notice_reader (username, read_until) values (?, ?)
				on conflict (username) do update set read_until = excluded.read_until""", user.username(),
				Timestamp.from(clock.instant()));
	}

	/** The text of a notice in the given language; an e-mail's subject is its notice's text too. */
	String text(String code, String[] arguments, Locale locale) {
		Object[] resolved = Arrays.stream(arguments)
			.map(argument -> argument != null && argument.startsWith("#") ? resolved(argument.substring(1), locale)
					: argument)
			.toArray();
		return messages.getMessage(code, resolved, code, locale);
	}

	private String resolved(String codeAndFallback, Locale locale) {
		int bar = codeAndFallback.indexOf('|');
		String code = bar < 0 ? codeAndFallback : codeAndFallback.substring(0, bar);
		return messages.getMessage(code, null, bar < 0 ? code : codeAndFallback.substring(bar + 1), locale);
	}

	static String[] recipients(PlatformUser user) {
		List<String> recipients = new ArrayList<>();
		recipients.add(user(user.username()));
		user.candidateGroups().forEach(group -> recipients.add(group(group)));
		return recipients.toArray(String[]::new);
	}

	private String[] switchedOff(PlatformUser user) {
		return choices.of(user.username()).channels().entrySet().stream()
			.filter(choice -> choice.getValue() == Channel.OFF).map(choice -> choice.getKey().name())
			.toArray(String[]::new);
	}

	static String user(String username) {
		return "user:" + username;
	}

	static String group(String pair) {
		return "group:" + pair;
	}

	/** A notice as a reader sees it. */
	public record Notice(long id, NoticeKind kind, String text, String link, Instant createdAt, boolean read) {
	}
}
