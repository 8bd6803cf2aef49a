package vn.congdoan.sangkien.unit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.system.Refusal;

/** The union picker, for every signed-in person: a member choosing their grassroots union, an officer an account's. */
@RestController
@Tag(name = "Units")
class UnitSearchController {

	private final UnitSearch search;

	UnitSearchController(UnitSearch search) {
		this.search = search;
	}

	@GetMapping("/api/units/search")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "unit.search.too-short")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "unit.search.too-many-words")
	@Operation(summary = "Units of a level (grassroots by default) whose name or code has every word of q at the start "
			+ "of one of its words, with or without accents; at most 20, the shortest names first")
	List<UnitSearch.Found> find(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "GRASSROOTS") UnitLevel level) {
		return search.find(q, level);
	}
}
