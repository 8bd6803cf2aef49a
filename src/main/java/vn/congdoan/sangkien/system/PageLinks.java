package vn.congdoan.sangkien.system;

import java.util.List;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * The pages' links ({@code @{...}}) as Thymeleaf builds them, but only the links to the platform's own files go
 * through the response's URL encoding, where Spring's resource chain names them by their content
 * ({@code /css/app-<hash>.css}). Any other link would be looked up there as a file too, in every static location
 * of the class path, and a link that is no file is never cached (spring-framework#34014): at 2.5 million initiatives
 * the pages with many links (200 tasks on the inbox, 82 units on the leaderboards) spent 80% of their request
 * threads' time looking for files named {@code /tasks/...} (docs/benchmarks/README.md, "Pages").
 * The encoding does nothing else for the other links: the session is a cookie, never a URL parameter.
 */
class PageLinks extends StandardLinkBuilder {

	/** Where the files served by the resource chain are (SecurityConfiguration lets everyone read them). */
	static final List<String> FILES = List.of("/css/", "/js/", "/webjars/");

	@Override
	protected String processLink(IExpressionContext context, String link) {
		if (!(context instanceof IWebContext web)) {
			return link;
		}
		String contextPath = web.getExchange().getRequest().getApplicationPath();
		String path = link.startsWith(contextPath) ? link.substring(contextPath.length()) : link;
		return FILES.stream().anyMatch(path::startsWith) ? super.processLink(context, link) : link;
	}
}
