package vn.congdoan.sangkien.system;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.validation.Valid;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents in /api-docs the problem details each operation may answer: those every operation has (a token, a
 * role, a body, a race), read from the operation's signature, and its own {@link Refusal}s. Each response refers
 * to one example per code, built once (components/examples) by {@link Problems} from the code's Vietnamese
 * message: the document says what the API answers, word for word, and cannot drift from messages.properties.
 */
@Component
class RefusalDocumentation implements OperationCustomizer, OpenApiCustomizer {

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final String SCHEMA = "ProblemDetail";

	private final Problems problems;

	/** The example of each status and code an operation refers to, added to the components once the operations are done. */
	private final Map<String, Example> examples = new ConcurrentSkipListMap<>();

	RefusalDocumentation(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSchemas(SCHEMA, problemDetail());
		examples.forEach(api.getComponents()::addExamples);
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		refusalsOf(handler).forEach((status, codes) -> operation.getResponses()
			.addApiResponse(String.valueOf(status), response(HttpStatus.valueOf(status), codes)));
		return operation;
	}

	private static Map<Integer, Set<String>> refusalsOf(HandlerMethod handler) {
		Map<Integer, Set<String>> refusals = new TreeMap<>();
		Refused refused = (status, code) -> refusals.computeIfAbsent(status.value(), s -> new LinkedHashSet<>()).add(code);
		// A token that is not valid is refused even where none is needed: the bearer filter reads any it is sent.
		refused.add(HttpStatus.UNAUTHORIZED, "auth.unauthenticated");
		if (!open(handler)) {
			refused.add(HttpStatus.UNAUTHORIZED, "auth.account-disabled");
			refused.add(HttpStatus.FORBIDDEN, "auth.forbidden");
		}
		MethodParameter body = Arrays.stream(handler.getMethodParameters())
			.filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
			.findFirst()
			.orElse(null);
		if (body != null) {
			refused.add(HttpStatus.BAD_REQUEST, "request.malformed");
			refused.add(HttpStatus.BAD_REQUEST, "request.unknown-field");
			refused.add(HttpStatus.BAD_REQUEST, "request.wrong-type");
			if (body.hasParameterAnnotation(Valid.class) || body.hasParameterAnnotation(Validated.class)) {
				refused.add(HttpStatus.BAD_REQUEST, "request.invalid");
			}
			refused.add(HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyLimit.CODE);
		}
		if (Arrays.stream(handler.getMethodParameters()).anyMatch(RefusalDocumentation::typed)) {
			refused.add(HttpStatus.BAD_REQUEST, "request.wrong-type");
		}
		if (body != null || Arrays.stream(handler.getMethodParameters())
			.anyMatch(parameter -> parameter.hasParameterAnnotation(RequestPart.class)
					|| MultipartFile.class.equals(parameter.getParameterType()))) {
			refused.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type");
		}
		if (!methodsOf(handler).contains(RequestMethod.GET)) {
			refused.add(HttpStatus.CONFLICT, ConcurrentChange.CODE);
		}
		AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), Refusal.class)
			.forEach(refusal -> refused.add(refusal.status(), refusal.code()));
		return refusals;
	}

	/** The GETs under /api/public/, which identity.SecurityConfiguration lets anyone call. */
	private static boolean open(HandlerMethod handler) {
		RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
		RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		String prefix = type == null || type.path().length == 0 ? "" : type.path()[0];
		return methodsOf(handler).contains(RequestMethod.GET) && method != null && method.path().length > 0
				&& Arrays.stream(method.path()).allMatch(path -> (prefix + path).startsWith("/api/public/"));
	}

	private static Set<RequestMethod> methodsOf(HandlerMethod handler) {
		RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return method == null ? Set.of() : Set.of(method.method());
	}

	/** A path or query parameter that is read as a number, a date, a switch or a choice: its text may not be one. */
	private static boolean typed(MethodParameter parameter) {
		return (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestParam.class))
				&& !String.class.equals(parameter.getParameterType())
				&& !MultipartFile.class.equals(parameter.getParameterType());
	}

	private ApiResponse response(HttpStatus status, Set<String> codes) {
		Map<String, Example> referred = new LinkedHashMap<>();
		codes.forEach(code -> {
			// By status and code: a few codes are answered with one status here and another there.
			String name = status.value() + "-" + code;
			examples.computeIfAbsent(name, n -> new Example().summary(code).value(example(status, code)));
			referred.put(code, new Example().$ref("#/components/examples/" + name));
		});
		return new ApiResponse().description(status.getReasonPhrase() + ": " + String.join(", ", codes))
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
				.schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))
				.examples(referred)));
	}

	/** The problem detail the API answers with this code, in Vietnamese (arguments shown as {0}, {1}...). */
	private Map<String, Object> example(HttpStatus status, String code) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(PlatformConfiguration.VIETNAMESE);
		try {
			ProblemDetail problem = problems.of(status, code);
			Map<String, Object> example = new LinkedHashMap<>();
			example.put("type", problem.getType().toString());
			example.put("title", problem.getTitle());
			example.put("status", problem.getStatus());
			example.put("detail", problem.getDetail());
			if (problem.getProperties() != null) {
				example.putAll(problem.getProperties());
			}
			// The documents are made once, during some request: its id is no example of anything.
			example.remove(RequestLog.REQUEST_ID);
			return example;
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	private static Schema<?> problemDetail() {
		ObjectSchema fieldProblem = new ObjectSchema();
		fieldProblem.addProperty("field", new StringSchema().description("the field, as the request named it"));
		fieldProblem.addProperty("code", new StringSchema().description("stable code of the field's problem"));
		fieldProblem.addProperty("message", new StringSchema().description("the problem, in the request's language"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem detail: a stable English code for programs, a message in the "
				+ "request's language (Vietnamese unless it asks for English) for people");
		problem.addProperty("type", new StringSchema().format("uri").description("urn:sangkien:problem: and the code"));
		problem.addProperty("title", new StringSchema().description("the status, in words"));
		problem.addProperty("status", new IntegerSchema().description("the HTTP status"));
		problem.addProperty("detail", new StringSchema().description("the message of the code"));
		problem.addProperty("instance", new StringSchema().format("uri").description("the path that was asked"));
		problem.addProperty("code", new StringSchema().description("the stable code of the refusal, also its message key"));
		problem.addProperty("field", new StringSchema().description("the field that could not be read"));
		problem.addProperty("errors", new ArraySchema().items(fieldProblem).description("each field that is not valid"));
		problem.addProperty("rows", new ArraySchema().items(new ObjectSchema()).description("an import's row problems, the first ones"));
		problem.addProperty(RequestLog.REQUEST_ID, new StringSchema()
			.description("the request's id, as in the X-Request-Id header: quote it to the help desk"));
		problem.addProperty("rowProblemCount", new IntegerSchema().description("how many row problems the import had in all"));
		problem.required(List.of("type", "title", "status", "detail", "code"));
		return problem;
	}

	@FunctionalInterface
	private interface Refused {

		void add(HttpStatus status, String code);
	}
}
