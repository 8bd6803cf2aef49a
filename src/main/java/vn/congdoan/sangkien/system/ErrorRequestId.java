package vn.congdoan.sangkien.system;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the container answers for a failure nobody handled (Spring Boot's {@code /error}: the JSON of an API call,
 * the page templates/error/5xx.html) carries the request's id too, so that the user can quote it to the help desk.
 */
@Component
class ErrorRequestId extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object id = request.getAttribute(RequestLog.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (id != null) {
			attributes.put(RequestLog.REQUEST_ID, id);
		}
		return attributes;
	}
}
