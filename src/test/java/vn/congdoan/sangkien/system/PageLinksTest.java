package vn.congdoan.sangkien.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.IWebRequest;

@DisplayName("Page links: only the platform's own files go through the response's URL encoding (the resource chain)")
class PageLinksTest {

	private final IWebExchange exchange = mock(IWebExchange.class);

	private final PageContext context = mock(PageContext.class);

	PageLinksTest() {
		IWebRequest request = mock(IWebRequest.class);
		when(request.getApplicationPath()).thenReturn("/app");
		when(exchange.getRequest()).thenReturn(request);
		when(exchange.transformURL(anyString())).thenAnswer(call -> "encoded:" + call.getArgument(0));
		when(context.getExchange()).thenReturn(exchange);
	}

	@Test
	@DisplayName("a stylesheet, a script or a webjar is encoded (named by its content there)")
	void filesAreEncoded() {
		PageLinks links = new PageLinks();

		assertThat(links.buildLink(context, "/css/app.css", Map.of())).isEqualTo("encoded:/app/css/app.css");
		assertThat(links.buildLink(context, "/js/bar-chart.js", Map.of())).isEqualTo("encoded:/app/js/bar-chart.js");
		assertThat(links.buildLink(context, "/webjars/bootstrap/css/bootstrap.min.css", Map.of()))
			.isEqualTo("encoded:/app/webjars/bootstrap/css/bootstrap.min.css");
	}

	@Test
	@DisplayName("a link to a page is built as Thymeleaf builds it (context path, path and query parameters) and never looked up as a file")
	void pagesAreNotLookedUp() {
		PageLinks links = new PageLinks();

		assertThat(links.buildLink(context, "/tasks/{id}", Map.of("id", "42"))).isEqualTo("/app/tasks/42");
		assertThat(links.buildLink(context, "/dashboard", Map.of("unit", "LDLD-01"))).isEqualTo("/app/dashboard?unit=LDLD-01");
		assertThat(links.buildLink(context, "/cssx/not-a-file", Map.of())).isEqualTo("/app/cssx/not-a-file");
		verify(exchange, never()).transformURL(anyString());
	}

	/** What a page's template is rendered in: an expression context of a web exchange. */
	interface PageContext extends IWebContext, IExpressionContext {
	}
}
