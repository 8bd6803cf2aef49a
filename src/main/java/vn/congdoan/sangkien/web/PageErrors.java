package vn.congdoan.sangkien.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Problems;

/** A refusal on a page is a page too: its status, and the message in the page's language. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

	private final Problems problems;

	PageErrors(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ProblemException.class)
	String refused(ProblemException e, HttpServletResponse response, Model model) {
		response.setStatus(e.status().value());
		model.addAttribute("status", e.status().value());
		model.addAttribute("message", problems.message(e.code(), e.arguments()));
		model.addAttribute("code", e.code());
		return "problem";
	}
}
