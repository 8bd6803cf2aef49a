package vn.congdoan.sangkien.membership.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.FirstSignIn;
import vn.congdoan.sangkien.membership.Members;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/**
 * What the QR code of a union's notice opens (issue 14): {@code /join/{unit}}, for anyone. The union is kept in the
 * visitor's session, so that whoever signs up from here finds it already chosen on the welcome page, whichever way
 * they came back from Keycloak; a member signs in and writes. A code the tree no longer knows (a union dissolved or
 * merged since the notice was printed) gets a page that says so and leads to the welcome page's search.
 */
@Pages
class JoinPages {

	/** The session's attribute: the union whose notice the visitor scanned. */
	static final String JOINING = "sangkien.joining-unit";

	private final Units units;

	private final Members members;

	private final CurrentUser currentUser;

	JoinPages(Units units, Members members, CurrentUser currentUser) {
		this.units = units;
		this.members = members;
		this.currentUser = currentUser;
	}

	@GetMapping("/join/{unit}")
	String join(@PathVariable String unit, HttpSession session, HttpServletResponse response, Model model) {
		Optional<Unit> union = grassroots(unit);
		model.addAttribute("code", unit);
		model.addAttribute("union", union.orElse(null));
		if (union.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "membership/join";
		}
		session.setAttribute(JOINING, union.get().code());
		return "membership/join";
	}

	/** Signed in (Keycloak sent them back here): a member writes; someone new chooses on the welcome page. */
	@GetMapping("/join/{unit}/write")
	String write(@PathVariable String unit, HttpSession session) {
		if (members.find(currentUser.get().username()).isPresent()) {
			return "redirect:/initiatives/new";
		}
		grassroots(unit).ifPresent(union -> session.setAttribute(JOINING, union.code()));
		return "redirect:" + FirstSignIn.WELCOME;
	}

	private Optional<Unit> grassroots(String code) {
		return units.findByCode(code).filter(unit -> unit.level() == UnitLevel.GRASSROOTS);
	}
}
