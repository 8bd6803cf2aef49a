package vn.congdoan.sangkien.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Refusal;

/** The welcome page's choice through the API, for the apps that sign members in with a token. */
@RestController
@Tag(name = "Members")
class MemberController {

	private final Members members;

	private final CurrentUser currentUser;

	MemberController(Members members, CurrentUser currentUser) {
		this.members = members;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/members/me")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "membership.not-joined")
	@Operation(summary = "The signed-in member's grassroots union and target group; 404 before they have chosen")
	Member me() {
		String username = currentUser.get().username();
		return members.find(username).orElseThrow(() -> ProblemException.notFound("membership.not-joined", username));
	}

	@PostMapping("/api/members/me")
	@ResponseStatus(HttpStatus.CREATED)
	@Refusal(status = HttpStatus.NOT_FOUND, code = "membership.unit.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "membership.unit.not-grassroots")
	@Refusal(status = HttpStatus.CONFLICT, code = "membership.already-joined")
	@Operation(summary = "Join a grassroots union as an author, in a target group (R-8); once per account")
	Member join(@Valid @RequestBody Joining joining) {
		return members.join(currentUser.get(), joining.unitCode(), joining.targetGroup());
	}

	/** What a new member chooses. */
	record Joining(@NotBlank @Size(max = 32) String unitCode, @NotNull TargetGroup targetGroup) {
	}
}
