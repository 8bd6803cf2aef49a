package vn.congdoan.sangkien.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Locale;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.ModelAndView;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Problems;

@DisplayName("On a page, a request that lost a race gets the 409 page (or JSON for a script), not a 500")
class PageConcurrentChangeTest {

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	@DisplayName("a JPA version conflict on a form post shows the problem page with a Vietnamese message")
	void versionConflictPage() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		ModelAndView page = pageErrors().concurrentChange(new ObjectOptimisticLockingFailureException("Initiative", 7L),
				new MockHttpServletRequest("POST", "/initiatives/7/edit"), response);

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(page.getViewName()).isEqualTo("problem");
		assertThat(page.getModel()).containsEntry("code", "request.concurrent-change")
			.containsEntry("detail", "Dữ liệu vừa được người khác thay đổi; vui lòng tải lại rồi thử lại.");
	}

	@Test
	@DisplayName("the engine's optimistic lock under an autosave answers the script with a 409 as JSON")
	void engineLockForScript() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/initiatives/7/autosave");
		request.addHeader("X-Requested-With", "XMLHttpRequest");
		MockHttpServletResponse response = new MockHttpServletResponse();

		ModelAndView answer = pageErrors().concurrentChange(new OptimisticLockingException("ENGINE-03005"), request,
				response);

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(answer.getView()).isNotNull();
		assertThat(answer.getModel()).containsEntry("code", "request.concurrent-change");
	}

	private static PageErrors pageErrors() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		return new PageErrors(new Problems(messages, null, null), mock(CurrentUser.class));
	}
}
