package vn.congdoan.sangkien.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code sangkien.requests.max-body-size} with a 413 before anything reads
 * it: Tomcat limits only form posts, so one client could otherwise make a node parse a JSON body of any size. A
 * declared length is checked at once (before authentication: no work for a body that is refused anyway); a
 * chunked body, of no declared length, is refused by the read that crosses the limit. File uploads
 * (multipart) have their own, larger limits, and a page's form post Tomcat's ({@code
 * server.tomcat.max-http-form-post-size}, 2 MB): the initiative's form, every field full of Vietnamese written
 * as %XX escapes (up to 9 bytes a letter), may legitimately pass 1 MB.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	static final String CODE = "request.too-large";

	private final long maxBytes;

	private final Problems problems;

	RequestBodyLimit(SystemSettings settings, Problems problems) {
		this.maxBytes = settings.requests().maxBodySize().toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
		// Tomcat parses (and limits) a form of a POST only; Spring's FormContentFilter reads one of a PUT itself.
		boolean tomcatForm = "POST".equals(request.getMethod())
				&& type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) || tomcatForm) {
			chain.doFilter(request, response);
			return;
		}
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, CODE, kilobytes());
			return;
		}
		chain.doFilter(declared < 0 ? new Bounded(request) : request, response);
	}

	private String kilobytes() {
		return String.valueOf(maxBytes / 1024);
	}

	/** A body of no declared length, read up to the limit: the read beyond it is refused. */
	private final class Bounded extends HttpServletRequestWrapper {

		private ServletInputStream bounded;

		Bounded(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (bounded == null) {
				bounded = new BoundedStream(super.getInputStream());
			}
			return bounded;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}
	}

	private final class BoundedStream extends ServletInputStream {

		private final ServletInputStream body;

		private long read;

		BoundedStream(ServletInputStream body) {
			this.body = body;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		/** A refusal, not an IOException: the JSON reader would answer that as malformed JSON (400). */
		private void count(int n) {
			read += n;
			if (read > maxBytes) {
				throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, CODE, kilobytes());
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}
	}
}
