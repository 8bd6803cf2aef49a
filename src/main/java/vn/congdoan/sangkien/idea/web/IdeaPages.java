package vn.congdoan.sangkien.idea.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congdoan.sangkien.idea.IdeaDays;
import vn.congdoan.sangkien.idea.Ideas;
import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.Pages;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;

/**
 * The pages of ideas and idea days: a member posts an idea and follows theirs (written or
 * mentored); a union's support team and officers see its ideas, and its officers schedule its idea days. Plain forms,
 * no script; the same {@link Ideas} and {@link IdeaDays} as the API decide, and their refusals come back on the form.
 */
@Pages
@PreAuthorize("isAuthenticated()")
class IdeaPages {

	/** How a day is typed: one or two digits for the day and month, as the initiative's form reads dates. */
	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Ideas ideas;

	private final IdeaDays ideaDays;

	private final CurrentUser currentUser;

	private final Problems problems;

	IdeaPages(Ideas ideas, IdeaDays ideaDays, CurrentUser currentUser, Problems problems) {
		this.ideas = ideas;
		this.ideaDays = ideaDays;
		this.currentUser = currentUser;
		this.problems = problems;
	}

	/** What the union officer types for an idea day, the date as dd/MM/yyyy. */
	record IdeaDayForm(@NotBlank @Size(max = 300) String name, @NotBlank String heldOn, @Size(max = 500) String place) {
	}

	@GetMapping("/ideas")
	String mine(Model model) {
		PlatformUser user = currentUser.get();
		model.addAttribute("ideas", ideas.mine(user));
		model.addAttribute("unions", unionsOf(user));
		return "idea/my-ideas";
	}

	@GetMapping("/ideas/new")
	@PreAuthorize("hasRole('author')")
	String newIdea(Model model) {
		return form(new Ideas.IdeaInput(null, null, null, null, null), Map.of(), model);
	}

	@PostMapping("/ideas/new")
	@PreAuthorize("hasRole('author')")
	String post(@Valid @ModelAttribute("idea") Ideas.IdeaInput idea, BindingResult typed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = errorsOf(typed, "page.idea.field.");
		if (errors.isEmpty()) {
			try {
				ideas.post(currentUser.get(), idea);
				redirect.addFlashAttribute("done", problems.message("page.idea.posted"));
				return "redirect:/ideas";
			}
			catch (ProblemException e) {
				response.setStatus(e.status().value());
				model.addAttribute("summary", problems.message(e.code(), e.arguments()));
				return form(idea, Map.of(e.code().startsWith("idea.idea-day.") ? "ideaDayId" : "unitCode",
						problems.message(e.code(), e.arguments())), model);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("summary", problems.message("page.idea.invalid"));
		return form(idea, errors, model);
	}

	/** The union's ideas and idea days: 403 to anyone but its support team and officers. */
	@GetMapping("/units/{unit}/ideas")
	String ofUnion(@PathVariable String unit, Model model) {
		return union(unit, new IdeaDayForm(null, null, null), Map.of(), model);
	}

	@PostMapping("/units/{unit}/idea-days")
	String schedule(@PathVariable String unit, @Valid @ModelAttribute("ideaDay") IdeaDayForm day, BindingResult typed,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>(errorsOf(typed, "page.idea-day.field."));
		LocalDate heldOn = dayOf(day.heldOn());
		if (heldOn == null && !errors.containsKey("heldOn")) {
			errors.put("heldOn", problems.message("page.idea-day.date-unreadable"));
		}
		if (errors.isEmpty()) {
			try {
				ideaDays.schedule(currentUser.get(), unit, new IdeaDays.IdeaDayInput(day.name(), heldOn,
						day.place() == null || day.place().isBlank() ? null : day.place()));
				redirect.addFlashAttribute("done", problems.message("page.idea-day.scheduled"));
				return "redirect:/units/" + unit + "/ideas";
			}
			catch (ProblemException e) {
				if (e.status() == HttpStatus.FORBIDDEN) {
					throw e;
				}
				errors.put("heldOn", problems.message(e.code(), e.arguments()));
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("summary", problems.message("page.idea-day.invalid"));
		return union(unit, day, errors, model);
	}

	private String union(String unit, IdeaDayForm day, Map<String, String> errors, Model model) {
		PlatformUser user = currentUser.get();
		model.addAttribute("ideas", ideas.ofUnit(user, unit));
		model.addAttribute("unit", unit);
		model.addAttribute("ideaDays", ideaDays.ofUnit(unit));
		model.addAttribute("officer", user.holds(Role.UNION_OFFICER, unit));
		model.addAttribute("ideaDay", day);
		model.addAttribute("errors", errors);
		return "idea/union-ideas";
	}

	private String form(Ideas.IdeaInput idea, Map<String, String> errors, Model model) {
		List<String> unions = currentUser.get().unitsWhere(Role.AUTHOR).stream().sorted().toList();
		model.addAttribute("idea", idea);
		model.addAttribute("unions", unions);
		model.addAttribute("ideaDays", unions.stream().flatMap(unit -> ideaDays.coming(unit).stream()).toList());
		model.addAttribute("errors", errors);
		return "idea/idea-form";
	}

	/** One message a field, naming the field by its label on this page. */
	private Map<String, String> errorsOf(BindingResult typed, String labels) {
		Map<String, String> errors = new LinkedHashMap<>();
		typed.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
				problems.message("validation." + error.getCode(), problems.message(labels + error.getField()))));
		return errors;
	}

	/** The unions whose ideas the user sees: where they are on the support team or an officer. */
	private static List<String> unionsOf(PlatformUser user) {
		return Stream.concat(user.unitsWhere(Role.SUPPORT_TEAM).stream(),
				user.unitsWhere(Role.UNION_OFFICER).stream()).distinct().sorted().toList();
	}

	private static LocalDate dayOf(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip().replace('-', '/').replace('.', '/'), DAY_MONTH_YEAR);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
