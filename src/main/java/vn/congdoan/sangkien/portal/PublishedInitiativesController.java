package vn.congdoan.sangkien.portal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.initiative.PublishedInitiatives;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@Tag(name = "Portal")
class PublishedInitiativesController {

	private final PublishedInitiatives published;

	PublishedInitiativesController(PublishedInitiatives published) {
		this.published = published;
	}

	@GetMapping("/api/public/initiatives")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "search.offset-too-deep")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "search.too-long")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "search.words.too-many")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "search.words.too-short")
	@Refusal(status = HttpStatus.TOO_MANY_REQUESTS, code = "search.rate-limited")
	@Refusal(status = HttpStatus.SERVICE_UNAVAILABLE, code = "search.busy")
	@Refusal(status = HttpStatus.SERVICE_UNAVAILABLE, code = "search.timeout")
	@Operation(operationId = "searchPublishedInitiatives", summary = "Search the published initiatives (public): words with or without accents, kind, unit, phase. "
			+ "At most 5 words, one of them 3 letters or longer; first below 1000; limited per client address "
			+ "(429 with Retry-After) and in searches at once (503 with Retry-After); the settings are sangkien.public-search")
	List<PublishedInitiatives.Published> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String phase, @RequestParam(defaultValue = "0") int first,
			@RequestParam(defaultValue = "20") int max, HttpServletRequest request) {
		return published.search(q, kind, unit, phase, first, max, request.getRemoteAddr()).initiatives();
	}
}
