package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.programme.ProgrammeCalendar;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.Units;

@DisplayName("One author cannot fill the database: a quota of drafts and of attachment bytes, checked before writing")
class AuthorQuotasTest {

	static final PlatformUser AUTHOR = PlatformUser.of("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, "HN-CS-001");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2022-10-03T01:00:00Z"), ZoneOffset.UTC);

	static final InitiativeSettings SETTINGS = new InitiativeSettings(
			new InitiativeSettings.AttachmentLimits(DataSize.ofMegabytes(20), 20), null,
			new InitiativeSettings.AuthorQuotas(50, DataSize.ofMegabytes(500)));

	final Initiatives initiatives = mock(Initiatives.class);

	final InitiativeAccess access = mock(InitiativeAccess.class);

	final AttachmentFiles files = mock(AttachmentFiles.class);

	@Test
	@DisplayName("the 51st draft of one author is refused with 409, under the author's lock, and nothing is saved")
	void draftQuota() {
		when(initiatives.countDraftsOf("tacgia.hn")).thenReturn(50L);
		InitiativeSubmission submission = new InitiativeSubmission(initiatives, access, mock(Units.class),
				mock(ProgrammeCalendar.class), mock(RuntimeService.class), mock(DecisionLog.class),
				mock(ContributorPersons.class), CLOCK, SETTINGS, new SimpleMeterRegistry());

		assertThatThrownBy(() -> submission.createDraft(AUTHOR, null))
			.isInstanceOfSatisfying(ProblemException.class, refused -> {
				assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(refused.code()).isEqualTo("initiative.drafts.quota");
				assertThat(refused.arguments()).containsExactly(50);
			});
		InOrder order = inOrder(initiatives);
		order.verify(initiatives).lockAuthor("tacgia.hn");
		order.verify(initiatives).countDraftsOf("tacgia.hn");
		verify(initiatives, never()).save(any());
	}

	@Test
	@DisplayName("a file that would take an author past 500 MB in all is refused with 413, and nothing is saved")
	void attachmentQuota() {
		long initiativeId = 7;
		when(access.ownedBy(AUTHOR, initiativeId)).thenReturn(new Initiative("HN-CS-001", "tacgia.hn", CLOCK.instant()));
		when(initiatives.lock(initiativeId)).thenReturn(Optional.of(initiativeId));
		when(initiatives.attachmentBytesOf("tacgia.hn")).thenReturn(DataSize.ofMegabytes(500).toBytes() - 4);
		Attachments attachments = new Attachments(files, initiatives, access, CLOCK, SETTINGS);

		assertThatThrownBy(() -> attachments.add(AUTHOR, initiativeId, "anh.png", "image/png", png(), false))
			.isInstanceOfSatisfying(ProblemException.class, refused -> {
				assertThat(refused.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
				assertThat(refused.code()).isEqualTo("attachment.author-quota");
				assertThat(refused.arguments()).containsExactly(500L);
			});
		verify(initiatives).lockAuthor("tacgia.hn");
		verify(files, never()).save(any());
	}

	@Test
	@DisplayName("a file that just fits the author's quota is kept")
	void attachmentWithinQuota() {
		long initiativeId = 7;
		when(access.ownedBy(AUTHOR, initiativeId)).thenReturn(new Initiative("HN-CS-001", "tacgia.hn", CLOCK.instant()));
		when(initiatives.attachmentBytesOf("tacgia.hn")).thenReturn(DataSize.ofMegabytes(500).toBytes() - png().length);
		Attachments attachments = new Attachments(files, initiatives, access, CLOCK, SETTINGS);

		attachments.add(AUTHOR, initiativeId, "anh.png", "image/png", png(), false);

		verify(files).save(any());
	}

	private static byte[] png() {
		return InitiativeDrafts.PNG;
	}
}
