package vn.congdoan.sangkien.idea;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

/** Ideas and idea days through the API; the idea's steps are tasks of the task API. */
@RestController
@Tag(name = "Ideas")
class IdeaController {

	private final Ideas ideas;

	private final IdeaDays ideaDays;

	private final CurrentUser currentUser;

	IdeaController(Ideas ideas, IdeaDays ideaDays, CurrentUser currentUser) {
		this.ideas = ideas;
		this.ideaDays = ideaDays;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/ideas")
	@ResponseStatus(HttpStatus.CREATED)
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "idea.unit.required")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "idea.unit.not-author")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "idea.idea-day.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "idea.idea-day.other-unit")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "idea.idea-day.over")
	@Operation(summary = "Post an idea for one of the author's grassroots unions, perhaps at one of its idea days")
	Idea post(@Valid @RequestBody Ideas.IdeaInput input) {
		return ideas.post(currentUser.get(), input);
	}

	@GetMapping("/api/ideas/{id}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "idea.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "idea.not-yours")
	@Operation(summary = "An idea and its state, for its author, its mentor, or its union's support team and officers")
	Idea idea(@PathVariable long id) {
		return ideas.find(currentUser.get(), id);
	}

	@GetMapping("/api/ideas")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "idea.unit.not-yours")
	@Operation(summary = "A union's ideas, newest first, for its support team and officers")
	List<Idea> ofUnit(@RequestParam String unit) {
		return ideas.ofUnit(currentUser.get(), unit);
	}

	@GetMapping("/api/ideas/mine")
	@Operation(operationId = "myIdeas", summary = "The ideas the signed-in user wrote or mentors")
	List<Idea> mine() {
		return ideas.mine(currentUser.get());
	}

	@PostMapping("/api/units/{unit}/idea-days")
	@ResponseStatus(HttpStatus.CREATED)
	@Refusal(status = HttpStatus.FORBIDDEN, code = "idea-day.not-officer")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "idea-day.in-the-past")
	@Operation(summary = "The union officer schedules an idea day of their grassroots union")
	IdeaDay schedule(@PathVariable String unit, @Valid @RequestBody IdeaDays.IdeaDayInput input) {
		return ideaDays.schedule(currentUser.get(), unit, input);
	}

	@GetMapping("/api/units/{unit}/idea-days")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "idea-day.not-visible")
	@Operation(summary = "A union's idea days, the latest first, for those who hold a post in the union or above it")
	List<IdeaDay> ideaDaysOf(@PathVariable String unit) {
		return ideaDays.ofUnit(currentUser.get(), unit);
	}
}
