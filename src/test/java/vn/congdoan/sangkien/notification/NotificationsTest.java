package vn.congdoan.sangkien.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

import vn.congdoan.sangkien.ApiClient;
import vn.congdoan.sangkien.EventPublications;
import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.KeycloakAdmin;
import vn.congdoan.sangkien.PlatformTest;
import vn.congdoan.sangkien.Steps;
import vn.congdoan.sangkien.devservices.MailService;

/**
 * Nobody misses a step (issue 10, section 1): a task arriving is told to its group in the app and in the day's digest;
 * a decision on an initiative is told to its authors at once, by e-mail if they chose it; an e-mail is written to the
 * outbox with what it tells and leaves it once, however the mail server behaves.
 */
@PlatformTest
@DisplayName("Notifications: in the app, by e-mail through the outbox, as each person chose")
class NotificationsTest {

	@Autowired
	ApiClient api;

	@Autowired
	Steps steps;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TaskDigest digest;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	org.camunda.bpm.engine.ManagementService management;

	@Autowired
	org.camunda.bpm.engine.RuntimeService runtime;

	@Autowired
	vn.congdoan.sangkien.programme.ProgrammeCalendar calendar;

	@Autowired
	vn.congdoan.sangkien.workflow.WaitingTasks waitingTasks;

	@Autowired
	Notices notices;

	@Autowired
	Addresses addresses;

	@Autowired
	Outbox outbox;

	@Autowired
	NoticeChoices choices;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	@Autowired
	vn.congdoan.sangkien.system.ScheduledRuns runs;

	@Autowired
	NotificationSettings settings;

	@Autowired
	NoticeRetention retention;

	/** The programme's clock, which the outbox's times follow (the tests live on 03/10/2022). */
	@Autowired
	java.time.Clock clock;

	@Autowired
	vn.congdoan.sangkien.KeycloakTokens tokens;

	@org.springframework.beans.factory.annotation.Value("${sangkien.keycloak.url}")
	String keycloakUrl;

	@Test
	@DisplayName("a submitted initiative is told to its unit's support team, not to another unit; opening a notice reads it")
	void aTaskArrivesForTheGroup() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Thông báo: khay dao cắt");
		String text = "Việc mới: Tổ hỗ trợ xem xét - sáng kiến số " + id;

		JsonNode notices = api.get("hotro.hn", "/api/notifications").body();
		JsonNode notice = find(notices, text);
		assertThat(notice).as("%s", notices).isNotNull();
		assertThat(notice.path("read").asBoolean()).isFalse();
		assertThat(api.get("hotro.hn", "/api/notifications/unread").body().path("unread").asInt()).isPositive();
		assertThat(find(api.get("hotro.dn", "/api/notifications").body(), text)).as("another unit's team").isNull();

		ApiClient.Response refused = api.post("hotro.dn", "/api/notifications/" + notice.path("id").asLong() + "/read", null);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body().path("code").asText()).isEqualTo("notice.not-found");
		ApiClient.Response opened = api.post("hotro.hn", "/api/notifications/" + notice.path("id").asLong() + "/read", null);
		assertThat(opened.body().path("link").asText()).startsWith("/tasks/");
		assertThat(find(api.get("hotro.hn", "/api/notifications").body(), text).path("read").asBoolean()).isTrue();
	}

	@Test
	@DisplayName("the support team returns the initiative: its author is told with the reason, in the app and by e-mail, once")
	void theAuthorIsToldOfADecision() throws Exception {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Thông báo: giá đỡ khuôn");
		steps.complete("hotro.hn", id, "supportTeamReview",
				"{\"supportTeamDecision\":\"return\",\"supportTeamComment\":\"Bổ sung cách tính lợi ích\"}");
		EventPublications.awaitAllHandled(jdbc);

		String text = "Sáng kiến số " + id + " \"Thông báo: giá đỡ khuôn\": Tổ hỗ trợ xem xét - trả lại để chỉnh sửa."
				+ " Lý do: Bổ sung cách tính lợi ích";
		assertThat(find(api.get("tacgia.hn", "/api/notifications").body(), text)).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where username = 'tacgia.hn' and subject = ?",
				Integer.class, text)).isEqualTo(1);

		delivery.sendDue(mailSender);
		MimeMessage mail = received(text);
		assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("tacgia.hn@demo.sangkien.vn");
		assertThat(String.valueOf(mail.getContent())).contains("/initiatives/" + id, "/notifications/unsubscribe?u=tacgia.hn");
		delivery.sendDue(mailSender);
		assertThat(MailService.running().orElseThrow().received().stream().filter(m -> subject(m).equals(text)))
			.as("sent once").hasSize(1);
	}

	@Test
	@DisplayName("the mail server down: the e-mail waits and goes once it is back; an address refused for good is not tried again")
	void theOutboxHoldsUnderFaults() throws Exception {
		String person = "thu.hong." + System.nanoTime();
		KeycloakAdmin keycloak = new KeycloakAdmin(keycloakUrl, tokens);
		keycloak.createUser(person, "Thu", "Hồng", "author:CDCS-01-0001");
		try {
			long first = outboxed(person, "Thư thứ nhất " + person);
			JavaMailSender down = failingFor(person, new MailSendException("Connection refused"));
			delivery.sendDue(down);
			assertThat(statusOf(first)).isEqualTo("PENDING");
			assertThat(jdbc.queryForObject("select attempts from mail_outbox where id = ?", Integer.class, first)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select next_attempt_at from mail_outbox where id = ?", java.sql.Timestamp.class,
					first).toInstant()).as("tried again later").isAfter(clock.instant());

			jdbc.update("update mail_outbox set next_attempt_at = ? where id = ?",
					java.sql.Timestamp.from(clock.instant().minusSeconds(1)), first);
			delivery.sendDue(mailSender);
			assertThat(statusOf(first)).isEqualTo("SENT");
			received("Thư thứ nhất " + person);

			long second = outboxed(person, "Thư thứ hai " + person);
			SendFailedException refused = new SendFailedException("550 5.1.1 mailbox unavailable", null, new jakarta.mail.Address[0],
					new jakarta.mail.Address[0], new jakarta.mail.Address[] { new InternetAddress(person + "@example.vn") });
			delivery.sendDue(failingFor(person, new MailSendException("refused", refused)));
			assertThat(statusOf(second)).isEqualTo("BOUNCED");
			assertThat(jdbc.queryForObject("select count(*) from mail_bounce where address = ?", Integer.class,
					person + "@example.vn")).isEqualTo(1);

			long third = outboxed(person, "Thư thứ ba " + person);
			delivery.sendDue(mailSender);
			assertThat(statusOf(third)).as("a bounced address is not tried again").isEqualTo("BOUNCED");
			assertThat(MailService.running().orElseThrow().received().stream()
				.filter(m -> subject(m).contains(person))).hasSize(1);
		}
		finally {
			jdbc.update("delete from mail_bounce where address = ?", person + "@example.vn");
			keycloak.removeUser(person);
		}
	}

	@Test
	@DisplayName("a person who chose the app only gets no e-mail; the unsubscribe link works without signing in, a forged one is refused")
	void eachAsTheyChose() {
		String person = "tacgia.hn";
		try {
			ApiClient.Response changed = api.put(person, "/api/notifications/settings",
					"{\"channels\":{\"DECISION\":\"IN_APP\"},\"language\":\"vi\",\"digest\":\"DAILY\"}");
			assertThat(changed.statusCode()).as("%s", changed.body()).isEqualTo(200);
			assertThat(changed.body().path("channels").path("DECISION").asText()).isEqualTo("IN_APP");
			long id = InitiativeDrafts.submitted(api, person, "Thông báo: chỉ trong ứng dụng");
			steps.complete("hotro.hn", id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
			EventPublications.awaitAllHandled(jdbc);
			assertThat(jdbc.queryForObject("select count(*) from mail_outbox where username = ? and subject like ?",
					Integer.class, person, "Sáng kiến số " + id + " %")).isZero();
			assertThat(api.get(person, "/api/notifications").body().findValuesAsText("text"))
				.anyMatch(text -> text.startsWith("Sáng kiến số " + id + " "));

			ApiClient.Response bad = api.put(person, "/api/notifications/settings",
					"{\"channels\":{},\"language\":\"fr\",\"digest\":\"DAILY\"}");
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(bad.body().path("code").asText()).isEqualTo("notice.settings.invalid");
		}
		finally {
			jdbc.update("delete from notice_choice where username = ?", person);
		}
	}

	@Test
	@DisplayName("the day's digest tells each member of a group its new tasks in one e-mail; the next pass sends nothing again")
	void theDailyDigest() throws Exception {
		long id = InitiativeDrafts.submitted(api, "tacgia.dn", "Thông báo: bản tin công việc");
		assertThat(digest.send()).isPositive();
		delivery.sendDue(mailSender);
		MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
				() -> MailService.running().orElseThrow().received().stream()
					.filter(m -> recipient(m).equals("hotro.dn@demo.sangkien.vn") && subject(m).contains("việc mới"))
					.reduce((a, b) -> b).orElse(null), java.util.Objects::nonNull);
		assertThat(String.valueOf(mail.getContent())).contains("sáng kiến số " + id, "/inbox");
		int before = MailService.running().orElseThrow().received().size();
		digest.send();
		delivery.sendDue(mailSender);
		assertThat(MailService.running().orElseThrow().received().stream().skip(before)
			.filter(m -> recipient(m).equals("hotro.dn@demo.sangkien.vn"))).as("nothing new since").isEmpty();
	}

	@Test
	@DisplayName("a task left too long: its group is reminded, then the superior union's officers are told of the escalation")
	void remindersAndEscalations() {
		long id = InitiativeDrafts.submitted(api, "tacgia.hn", "Thông báo: nhắc việc");
		fireTimer(id, "supportTeamReviewReminder");
		fireTimer(id, "supportTeamReviewEscalation");
		EventPublications.awaitAllHandled(jdbc);

		assertThat(find(api.get("hotro.hn", "/api/notifications").body(),
				"Nhắc việc: Tổ hỗ trợ xem xét - sáng kiến số " + id + " đã chờ quá thời hạn")).isNotNull();
		assertThat(find(api.get("canbo.caugiay", "/api/notifications").body(),
				"Công đoàn cấp trên theo dõi: Tổ hỗ trợ xem xét - sáng kiến số " + id + " đã chờ quá thời hạn")).isNotNull();
		assertThat(find(api.get("canbo.dn", "/api/notifications").body(),
				"Công đoàn cấp trên theo dõi: Tổ hỗ trợ xem xét - sáng kiến số " + id + " đã chờ quá thời hạn"))
			.as("another province's officers").isNull();
		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where username = 'hotro.hn' and subject = ?",
				Integer.class, "Nhắc việc: Tổ hỗ trợ xem xét - sáng kiến số " + id + " đã chờ quá thời hạn")).isEqualTo(1);
	}

	@Test
	@DisplayName("an upload window closing within 7 days while a union's recognised initiatives wait: its officers are told once, with the count (R-6)")
	void theUploadWindowCloses() {
		long id = steps.recognised("Thông báo: sắp hết hạn đưa lên Cổng");
		UploadWindowWarning aWeekBefore = new UploadWindowWarning(calendar, waitingTasks, notices, addresses, outbox, choices,
				transaction, runs, settings, java.time.Clock.fixed(java.time.Instant.parse("2023-08-27T01:00:00Z"),
						java.time.ZoneOffset.UTC));

		assertThat(aWeekBefore.warn()).isPositive();
		assertThat(aWeekBefore.warn()).as("told once").isZero();
		assertThat(api.get("canbo.hn", "/api/notifications").body().findValuesAsText("text"))
			.anyMatch(text -> text.startsWith("Đợt 2: hạn đưa lên Cổng là 24:00 01/09/2023; đơn vị còn "));
		assertThat(api.get("hotro.hn", "/api/notifications").body().findValuesAsText("text"))
			.as("the union's officers only").noneMatch(text -> text.startsWith("Đợt 2: hạn đưa lên Cổng"));
		assertThat(steps.taskOf(id, "portalUpload")).isNotNull();
	}

	@Test
	@DisplayName("an idea left too long: its union's support team is reminded too")
	void anIdeaIsReminded() {
		ApiClient.Response posted = api.post("tacgia.hn", "/api/ideas", """
				{"title":"Thông báo: ý tưởng chờ lâu","problem":"Vấn đề","proposal":"Ý tưởng","unitCode":"CDCS-01-0001"}""");
		assertThat(posted.statusCode()).as("%s", posted.body()).isEqualTo(201);
		long idea = posted.body().path("id").asLong();
		fireTimer("ideaLifecycle", String.valueOf(idea), "takeUpIdeaReminder");
		EventPublications.awaitAllHandled(jdbc);

		assertThat(find(api.get("hotro.hn", "/api/notifications").body(),
				"Nhắc việc: Tổ hỗ trợ tiếp nhận ý tưởng - ý tưởng số " + idea + " đã chờ quá thời hạn")).isNotNull();
		assertThat(find(api.get("hotro.dn", "/api/notifications").body(),
				"Nhắc việc: Tổ hỗ trợ tiếp nhận ý tưởng - ý tưởng số " + idea + " đã chờ quá thời hạn")).isNull();
	}

	@Test
	@DisplayName("marking all read empties the count with one row, whatever the groups' history; what comes after is unread")
	void markAllRead() {
		InitiativeDrafts.submitted(api, "tacgia.dn", "Thông báo: đánh dấu đã đọc");
		assertThat(api.get("hotro.dn", "/api/notifications/unread").body().path("unread").asInt()).isPositive();

		assertThat(api.post("hotro.dn", "/api/notifications/read-all", null).statusCode()).isEqualTo(204);
		assertThat(api.get("hotro.dn", "/api/notifications/unread").body().path("unread").asInt()).isZero();
		assertThat(api.get("hotro.dn", "/api/notifications").body().findValuesAsText("read")).containsOnly("true");
		assertThat(jdbc.queryForObject("select count(*) from notice_read where username = 'hotro.dn'", Integer.class))
			.as("no row per notice").isZero();

		long later = InitiativeDrafts.submitted(api, "tacgia.dn", "Thông báo: đến sau");
		assertThat(api.get("hotro.dn", "/api/notifications/unread").body().path("unread").asInt()).isEqualTo(1);
		assertThat(find(api.get("hotro.dn", "/api/notifications").body(),
				"Việc mới: Tổ hỗ trợ xem xét - sáng kiến số " + later).path("read").asBoolean()).isFalse();
	}

	@Test
	@DisplayName("notices and e-mails older than the retention go at night; newer ones and e-mails still to send stay")
	void oldNoticesGo() {
		java.sql.Timestamp old = java.sql.Timestamp.from(clock.instant().minus(settings.keep()).minusSeconds(60));
		long oldNotice = jdbc.queryForObject("""
				insert into notice (recipient, kind, message_code, created_at) values ('user:tacgia.hn', 'DECISION', 'notice.task', ?)
				returning id""", Long.class, old);
		long freshNotice = jdbc.queryForObject("""
				insert into notice (recipient, kind, message_code, created_at) values ('user:tacgia.hn', 'DECISION', 'notice.task', ?)
				returning id""", Long.class, java.sql.Timestamp.from(clock.instant()));
		long sentLongAgo = outboxed("tacgia.hn", "Thư cũ " + System.nanoTime());
		// Due in an hour: the sender running beside the test leaves it alone.
		long stillPending = jdbc.queryForObject("""
				insert into mail_outbox (username, kind, subject, body, message_id, next_attempt_at, created_at)
				values ('tacgia.hn', 'DECISION', 'Thư chờ', 'Nội dung', ?, ?, ?) returning id""", Long.class,
				"<cho." + System.nanoTime() + "@test>", java.sql.Timestamp.from(clock.instant().plusSeconds(3600)), old);
		jdbc.update("update mail_outbox set status = 'SENT', created_at = ? where id = ?", old, sentLongAgo);

		assertThat(retention.purge()).isGreaterThanOrEqualTo(2);

		assertThat(jdbc.queryForObject("select count(*) from notice where id in (?, ?)", Integer.class, oldNotice, freshNotice))
			.isEqualTo(1);
		assertThat(jdbc.queryForList("select id from mail_outbox where id in (?, ?)", Long.class, sentLongAgo, stillPending))
			.containsExactly(stillPending);
		jdbc.update("delete from mail_outbox where id = ?", stillPending);
		jdbc.update("delete from notice where id = ?", freshNotice);
	}

	private void fireTimer(long initiativeId, String boundaryEvent) {
		fireTimer("initiativeLifecycle", String.valueOf(initiativeId), boundaryEvent);
	}

	private void fireTimer(String processKey, String businessKey, String boundaryEvent) {
		String process = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
			.processInstanceBusinessKey(businessKey).singleResult().getId();
		management.executeJob(management.createJobQuery().processInstanceId(process).activityId(boundaryEvent)
			.singleResult().getId());
	}

	private long outboxed(String username, String subject) {
		return jdbc.queryForObject("""
				insert into mail_outbox (username, kind, subject, body, message_id, next_attempt_at, created_at)
				values (?, 'DECISION', ?, 'Nội dung', ?, ?, ?) returning id""", Long.class, username, subject,
				"<" + subject.hashCode() + "." + System.nanoTime() + "@test>", java.sql.Timestamp.from(clock.instant().minusSeconds(1)),
				java.sql.Timestamp.from(clock.instant()));
	}

	private String statusOf(long mail) {
		return jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, mail);
	}

	/** The real sender, except for e-mails to this person, which fail as given. */
	private JavaMailSender failingFor(String username, MailSendException failure) {
		JavaMailSender real = mailSender;
		return new org.springframework.mail.javamail.JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage message) {
				if (recipient(message).startsWith(username + "@")) {
					throw failure;
				}
				real.send(message);
			}
		};
	}

	private static MimeMessage received(String subject) {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> MailService.running().orElseThrow().received()
			.stream().filter(m -> subject(m).equals(subject)).findFirst().orElse(null), java.util.Objects::nonNull);
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode find(JsonNode notices, String text) {
		for (JsonNode notice : notices) {
			if (notice.path("text").asText().equals(text)) {
				return notice;
			}
		}
		return null;
	}
}
