package vn.congdoan.sangkien.programme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@PreAuthorize("hasRole('programme-office')")
@Tag(name = "Programme", description = "Progress, leaderboards, participation (public) and targets (R-4)")
class CalendarController {

	private final CalendarChanges changes;

	private final CurrentUser currentUser;

	CalendarController(CalendarChanges changes, CurrentUser currentUser) {
		this.changes = changes;
		this.currentUser = currentUser;
	}

	@PutMapping("/api/programme/phases/{code}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "programme.phase.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "programme.calendar.office-only")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "programme.phase.invalid")
	@Refusal(status = HttpStatus.CONFLICT, code = "programme.calendar.moves-counted")
	@Refusal(status = HttpStatus.CONFLICT, code = "programme.calendar.moves-counted-outside")
	@Operation(operationId = "changePhase", summary = "R-6: the VGCL Office changes a phase (name, qualifying dates, upload window, national target); "
			+ "409 when an initiative already counted would move to another phase or to none")
	CalendarChanges.PhaseSettings change(@PathVariable String code, @RequestBody CalendarChanges.PhaseSettings settings) {
		return changes.change(currentUser.get(), code, settings);
	}

	@GetMapping("/api/programme/phases/{code}/changes")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "programme.phase.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "programme.calendar.office-only")
	@Operation(summary = "The changes of a phase, the latest first: who, when, before and after")
	List<CalendarChanges.Change> changesOf(@PathVariable String code) {
		return changes.changesOf(currentUser.get(), code);
	}
}
