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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@Tag(name = "Programme", description = "Progress, leaderboards, participation (public) and targets (R-4)")
class ProgrammeController {

	private final Leaderboards leaderboards;

	private final Targets targets;

	private final CurrentUser currentUser;

	ProgrammeController(Leaderboards leaderboards, Targets targets, CurrentUser currentUser) {
		this.leaderboards = leaderboards;
		this.targets = targets;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/public/progress")
	@Operation(summary = "National progress toward 300,000 / 700,000 / 1,000,000 initiatives (public)")
	Leaderboards.Progress progress() {
		return leaderboards.progress();
	}

	@GetMapping("/api/public/leaderboards")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "programme.phase.unknown")
	@Operation(summary = "Units directly under VGCL ranked nationally, or within an emulation cluster or bloc (public)")
	List<Leaderboards.Standing> level2(@RequestParam String phase, @RequestParam(required = false) String cluster) {
		return leaderboards.level2(phase, cluster);
	}

	@GetMapping("/api/public/leaderboards/{unitCode}")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "programme.phase.unknown")
	@Operation(summary = "The direct sub-units of a unit ranked, e.g. inside a province's subtree (public)")
	List<Leaderboards.Standing> subUnits(@PathVariable String unitCode, @RequestParam String phase) {
		return leaderboards.subUnits(unitCode, phase);
	}

	@GetMapping("/api/public/participation/{unitCode}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "target.unit.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "programme.phase.unknown")
	@Operation(summary = "R-4.3: distinct credited authors over members, against the 10% goal, per phase or ALL (public)")
	Leaderboards.Standing participation(@PathVariable String unitCode, @RequestParam String phase) {
		return leaderboards.unit(unitCode, phase);
	}

	@GetMapping("/api/targets/{unitCode}/{period}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "target.unit.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "target.period.invalid")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "target.period.outside-programme")
	@Operation(summary = "A unit's target for a phase or quarter, its sub-units' targets and whether they add up")
	Targets.TargetView target(@PathVariable String unitCode, @PathVariable String period) {
		return targets.view(unitCode, period);
	}

	@PutMapping("/api/targets/{unitCode}/{period}")
	@PreAuthorize("hasAnyRole('programme-office', 'union-officer', 'commendation-approver')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "target.unit.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "target.outside-subtree")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "target.negative")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "target.period.invalid")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "target.period.outside-programme")
	@Operation(summary = "Set a target: the Office for VGCL and its direct units, each level for its direct sub-units")
	Targets.TargetView setTarget(@PathVariable String unitCode, @PathVariable String period,
			@RequestBody TargetInput input) {
		return targets.set(currentUser.get(), unitCode, period, input.count());
	}

	record TargetInput(int count) {
	}
}
