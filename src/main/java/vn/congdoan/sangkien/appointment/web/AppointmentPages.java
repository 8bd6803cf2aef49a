package vn.congdoan.sangkien.appointment.web;

import java.util.function.Supplier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congdoan.sangkien.appointment.Appointments;
import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;

/**
 * on a page: who holds which role in a unit, appoint and remove, the unit's audit log. Only those who
 * may appoint there see it ({@link Appointments#roster} refuses the others); a refused change comes back
 * as the message above the form, and changes nothing.
 */
@Pages
@PreAuthorize("isAuthenticated()")
class AppointmentPages {

	private final Appointments appointments;

	private final CurrentUser currentUser;

	private final Problems problems;

	AppointmentPages(Appointments appointments, CurrentUser currentUser, Problems problems) {
		this.appointments = appointments;
		this.currentUser = currentUser;
		this.problems = problems;
	}

	@GetMapping("/units/{unitCode}/appointments")
	String roster(@PathVariable String unitCode, Model model) {
		model.addAttribute("roster", appointments.roster(currentUser.get(), unitCode));
		return "appointment/appointments";
	}

	@PostMapping("/units/{unitCode}/appointments")
	String appoint(@PathVariable String unitCode, @RequestParam String username, @RequestParam String role,
			RedirectAttributes redirect) {
		return changed(redirect, () -> {
			appointments.appoint(currentUser.get(), unitCode, Appointments.roleOf(role, unitCode), username.strip());
			return problems.message("page.appointments.appointed", username.strip(), problems.message("role." + role));
		});
	}

	@PostMapping("/units/{unitCode}/appointments/{role}/{username}/remove")
	String remove(@PathVariable String unitCode, @PathVariable String role, @PathVariable String username,
			RedirectAttributes redirect) {
		return changed(redirect, () -> {
			appointments.remove(currentUser.get(), unitCode, Appointments.roleOf(role, unitCode), username);
			return problems.message("page.appointments.removed", username, problems.message("role." + role));
		});
	}

	/** Back to the unit's page (its code expanded from the request's own path, encoded) with what happened. */
	private String changed(RedirectAttributes redirect, Supplier<String> change) {
		try {
			redirect.addFlashAttribute("done", change.get());
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("problemCode", e.code());
			redirect.addFlashAttribute("problem", problems.message(e.code(), e.arguments()));
		}
		return "redirect:/units/{unitCode}/appointments";
	}
}
