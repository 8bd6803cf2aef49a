package vn.congdoan.sangkien.commendation;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;

@RestController
@Tag(name = "Commendation", description = "Khen thưởng: proposals that climb the union tree (R-7.6); decisions through /api/tasks")
class CommendationController {

	private final CommendationProposals proposals;

	private final CurrentUser currentUser;

	CommendationController(CommendationProposals proposals, CurrentUser currentUser) {
		this.proposals = proposals;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/initiatives/{id}/commendation")
	@PreAuthorize("hasRole('union-officer')")
	@Operation(summary = "Propose a published initiative of one's grassroots union for commendation")
	ResponseEntity<CommendationView> propose(@PathVariable long id, @Valid @RequestBody(required = false) Proposal proposal) {
		Commendation commendation = proposals.propose(currentUser.get(), id, proposal == null ? null : proposal.reason());
		return ResponseEntity.created(URI.create("/api/initiatives/" + id + "/commendation"))
			.body(CommendationView.of(commendation));
	}

	@GetMapping("/api/initiatives/{id}/commendation")
	@Operation(summary = "Where the initiative's commendation stands, for those who may see the initiative")
	CommendationView one(@PathVariable long id) {
		return CommendationView.of(proposals.of(currentUser.get(), id));
	}

	record Proposal(@Size(max = 2000) String reason) {
	}

	record CommendationView(long id, long initiativeId, String status, String currentUnit, Award award,
			String grantedByUnit, String proposedBy, Instant proposedAt, Instant decidedAt) {

		static CommendationView of(Commendation c) {
			return new CommendationView(c.getId(), c.getInitiativeId(), c.getStatus().name(), c.getCurrentUnitCode(),
					c.getAward(), c.getGrantedByUnit(), c.getProposedBy(), c.getProposedAt(), c.getDecidedAt());
		}
	}
}
