package vn.congdoan.sangkien.membership;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

/** The contributor picker for the API: an author finds the members of their grassroots union to name on an initiative. */
@RestController
@Tag(name = "Members")
class MemberSearchController {

	private final Members members;

	private final CurrentUser currentUser;

	MemberSearchController(Members members, CurrentUser currentUser) {
		this.members = members;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/members/search")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "membership.search.not-author")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "membership.search.no-union")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "membership.search.too-short")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "membership.search.too-many-words")
	@Operation(operationId = "searchMembers", summary = "Members of the caller's grassroots unions (where they hold author), or of unit, whose name or "
			+ "account has every word of q at the start of one of its words, with or without accents; at most 20, by "
			+ "name. 403 for a unit where the caller is not an author")
	List<Member> search(@RequestParam(required = false) String q, @RequestParam(required = false) String unit) {
		return members.search(currentUser.get(), q, unit);
	}
}
