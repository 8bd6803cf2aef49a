package vn.congdoan.sangkien.notification.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.congdoan.sangkien.PageUsers.signedIn;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import vn.congdoan.sangkien.PageTest;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.notification.Channel;
import vn.congdoan.sangkien.notification.NoticeChoices;
import vn.congdoan.sangkien.notification.NoticeKind;
import vn.congdoan.sangkien.notification.Notices;
import vn.congdoan.sangkien.system.ProblemException;

@PageTest(NotificationPages.class)
@DisplayName("The notices pages, alone: the bell's count, the list, the choices, the unsubscribe link without signing in")
class NotificationPagesTest {

	static final OidcLoginRequestPostProcessor AUTHOR = signedIn("tacgia.hn", "Nguyễn Văn An", Role.AUTHOR, "CDCS-01-0001");

	@Autowired
	MockMvc mvc;

	@Autowired
	Notices notices;

	@Autowired
	NoticeChoices choices;

	@Test
	@DisplayName("the top bar counts the unread notices; the list shows each with its date, unread ones marked")
	void theBellAndTheList() throws Exception {
		when(notices.unread(any(PlatformUser.class))).thenReturn(3);
		when(notices.of(any(PlatformUser.class), any(Locale.class), eq(100))).thenReturn(List.of(new Notices.Notice(7,
				NoticeKind.DECISION, "Sáng kiến số 12 \"Khay dao\": Hội đồng sáng kiến - công nhận", "/initiatives/12",
				Instant.parse("2022-10-03T01:05:00Z"), false)));

		mvc.perform(get("/notifications").with(AUTHOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"unread-count\""), containsString(">3<"),
					containsString("Hội đồng sáng kiến - công nhận"), containsString("href=\"/notifications/7\""),
					containsString("03/10/2022 08:05"), containsString("Chưa đọc"))));
	}

	@Test
	@DisplayName("opening a notice marks it read and goes where it points")
	void openingANotice() throws Exception {
		when(notices.open(any(PlatformUser.class), eq(7L))).thenReturn("/initiatives/12");

		mvc.perform(get("/notifications/7").with(AUTHOR)).andExpect(redirectedUrl("/initiatives/12"));
	}

	@Test
	@DisplayName("the choices are saved per kind; a value that is no channel is refused (400) and nothing is saved")
	void choices() throws Exception {
		EnumMap<NoticeKind, Channel> channels = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			channels.put(kind, Channel.EMAIL);
		}
		when(choices.of("tacgia.hn")).thenReturn(new NoticeChoices.Choices(channels, "vi", NoticeChoices.Digest.DAILY));
		mvc.perform(get("/notifications/settings").with(AUTHOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quyết định về sáng kiến của tôi")));

		mvc.perform(post("/notifications/settings").with(AUTHOR).with(csrf()).param("channel.DECISION", "IN_APP")
			.param("language", "en").param("digest", "WEEKLY"))
			.andExpect(redirectedUrl("/notifications/settings"));
		channels.put(NoticeKind.DECISION, Channel.IN_APP);
		verify(choices).save("tacgia.hn", new NoticeChoices.Choices(channels, "en", NoticeChoices.Digest.WEEKLY));

		mvc.perform(post("/notifications/settings").with(AUTHOR).with(csrf()).param("channel.DECISION", "FAX"))
			.andExpect(status().isBadRequest());
		verify(choices, org.mockito.Mockito.times(1)).save(any(), any());
	}

	@Test
	@DisplayName("an unsubscribe link opens without signing in and asks first; confirmed, it stops that kind; a forged one is refused")
	void unsubscribeWithoutSigningIn() throws Exception {
		mvc.perform(get("/notifications/unsubscribe").param("u", "tacgia.hn").param("k", "DECISION").param("s", "chữ-ký"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dừng nhận email về: Quyết định về sáng kiến của tôi?")));

		mvc.perform(post("/notifications/unsubscribe").with(csrf()).param("u", "tacgia.hn").param("k", "DECISION")
			.param("s", "chữ-ký"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unsubscribed\"")));
		verify(choices).unsubscribe("tacgia.hn", NoticeKind.DECISION, "chữ-ký");

		doThrow(ProblemException.badRequest("notice.unsubscribe.invalid")).when(choices)
			.unsubscribe("tacgia.hn", NoticeKind.DECISION, "gia-mao");
		mvc.perform(post("/notifications/unsubscribe").with(csrf()).param("u", "tacgia.hn").param("k", "DECISION")
			.param("s", "gia-mao"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Đường dẫn dừng nhận email không hợp lệ")));
	}
}
