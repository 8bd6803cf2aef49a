package vn.congdoan.sangkien.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.WrongSetting;

/**
 * What each person chose: per kind of notice, by e-mail, in the app only, or not at all (by default by e-mail); their
 * language (by default Vietnamese); whether task digests come daily or weekly. The unsubscribe link of an e-mail
 * carries a signature of the person and the kind, so that it works without signing in and for nobody else.
 */
@Service
public class NoticeChoices {

	private static final int SHORTEST_SECRET = 32;

	private final JdbcTemplate jdbc;

	private final byte[] secret;

	NoticeChoices(JdbcTemplate jdbc, NotificationSettings settings) {
		this.jdbc = jdbc;
		if (settings.secret() == null || settings.secret().length() < SHORTEST_SECRET) {
			throw new WrongSetting("sangkien.notifications.secret", settings.secret() == null ? "" : "(hidden)",
					"a secret of at least " + SHORTEST_SECRET + " characters, the same on every node");
		}
		this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
	}

	@Transactional(readOnly = true)
	public Choices of(String username) {
		Map<NoticeKind, Channel> channels = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			channels.put(kind, Channel.EMAIL);
		}
		jdbc.query("select kind, channel from notice_choice where username = ?",
				rs -> {
					channels.put(NoticeKind.valueOf(rs.getString(1)), Channel.valueOf(rs.getString(2)));
				}, username);
		return jdbc.query("select language, digest from notice_reader where username = ?",
				(rs, row) -> new Choices(channels, rs.getString(1), Digest.valueOf(rs.getString(2))), username)
			.stream().findFirst().orElse(new Choices(channels, "vi", Digest.DAILY));
	}

	@Transactional
	public void save(String username, Choices choices) {
		choices.channels().forEach((kind, channel) -> choose(username, kind, channel));
		jdbc.update("""
				insert into notice_reader (username, language, digest) values (?, ?, ?)
				on conflict (username) do update set language = excluded.language, digest = excluded.digest""",
				username, choices.language(), choices.digest().name());
	}

	/** The language the person reads the platform in: what their e-mails are written in. */
	@Transactional
	public void speaks(String username, Locale locale) {
		String language = "en".equals(locale.getLanguage()) ? "en" : "vi";
		jdbc.update("""
				insert into notice_reader (username, language) values (?, ?)
				on conflict (username) do update set language = excluded.language
				where notice_reader.language <> excluded.language""", username, language);
	}

	/** The unsubscribe link's doing: that kind no longer by e-mail, in the app still. 400 for a forged link. */
	@Transactional
	public void unsubscribe(String username, NoticeKind kind, String signature) {
		if (!MessageDigest.isEqual(signature(username, kind).getBytes(StandardCharsets.US_ASCII),
				String.valueOf(signature).getBytes(StandardCharsets.US_ASCII))) {
			throw ProblemException.badRequest("notice.unsubscribe.invalid");
		}
		if (of(username).channels().get(kind) == Channel.EMAIL) {
			choose(username, kind, Channel.IN_APP);
		}
	}

	String signature(String username, NoticeKind kind) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] signed = mac.doFinal((username + "\n" + kind.name()).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	private void choose(String username, NoticeKind kind, Channel channel) {
		jdbc.update("""
				insert into notice_choice (username, kind, channel) values (?, ?, ?)
				on conflict (username, kind) do update set channel = excluded.channel""", username, kind.name(),
				channel.name());
	}

	public enum Digest {
		DAILY, WEEKLY
	}

	/** @param language {@code vi} or {@code en} */
	public record Choices(Map<NoticeKind, Channel> channels, String language, Digest digest) {

		public Locale locale() {
			return Locale.forLanguageTag(language);
		}
	}
}
