package vn.congdoan.sangkien.membership.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.FirstSignIn;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.membership.TargetGroup;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.UnitSearch;
import vn.congdoan.sangkien.unit.Units;

/**
 * A new member's first page (issue 9, section 3): they find their grassroots union among 126,000 by words of its
 * name or its code and say which target group they belong to; then they write. The search is a plain form
 * (no script), so that it works on any phone and connection; a refusal comes back above the form.
 */
@Pages
@PreAuthorize("isAuthenticated()")
class WelcomePages {

	private final Members members;

	private final UnitSearch units;

	private final Units unitsByCode;

	private final CurrentUser currentUser;

	private final Problems problems;

	WelcomePages(Members members, UnitSearch units, Units unitsByCode, CurrentUser currentUser, Problems problems) {
		this.members = members;
		this.units = units;
		this.unitsByCode = unitsByCode;
		this.currentUser = currentUser;
		this.problems = problems;
	}

	/**
	 * A member who has chosen already has nothing to choose here; someone appointed to a post who never chose (a council
	 * member who wants to write) may choose here too.
	 */
	@GetMapping(FirstSignIn.WELCOME)
	String welcome(@RequestParam(required = false) String q,
			@SessionAttribute(name = JoinPages.JOINING, required = false) String joining, Model model) {
		if (members.find(currentUser.get().username()).isPresent()) {
			return "redirect:/my-initiatives";
		}
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("targetGroups", TargetGroup.values());
		// Came by a union notice's QR code: that union, already chosen, unless they search for another.
		Optional<Unit> scanned = q == null && joining != null ? unitsByCode.findByCode(joining) : Optional.empty();
		if (scanned.isPresent()) {
			Unit union = scanned.get();
			model.addAttribute("found", List.of(new UnitSearch.Found(union.code(), union.name(), union.level(),
					union.parentCode())));
			model.addAttribute("chosen", union.code());
		}
		else if (q != null && !q.isBlank()) {
			try {
				model.addAttribute("found", units.find(q, UnitLevel.GRASSROOTS));
			}
			catch (ProblemException e) {
				model.addAttribute("problem", problems.message(e.code(), e.arguments()));
				model.addAttribute("found", List.of());
			}
		}
		return "membership/welcome";
	}

	@PostMapping(FirstSignIn.WELCOME)
	String join(@RequestParam(required = false) String unitCode, @RequestParam(required = false) TargetGroup targetGroup,
			@RequestParam(required = false) String q, RedirectAttributes redirect) {
		PlatformUser user = currentUser.get();
		try {
			if (unitCode == null || unitCode.isBlank()) {
				throw ProblemException.badRequest("membership.unit.required");
			}
			if (targetGroup == null) {
				throw ProblemException.badRequest("membership.target-group.required");
			}
			members.join(user, unitCode, targetGroup);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
			redirect.addFlashAttribute("problemCode", e.code());
			redirect.addAttribute("q", q == null ? "" : q);
			return "redirect:" + FirstSignIn.WELCOME;
		}
		redirect.addFlashAttribute("done", problems.message("page.welcome.joined"));
		return "redirect:/initiatives/new";
	}
}
