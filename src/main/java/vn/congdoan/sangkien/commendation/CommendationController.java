package vn.congdoan.sangkien.commendation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Paging;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@Tag(name = "Commendation", description = "Khen thưởng: proposals for an initiative (R-7.6) or a collective (R-7.4) that climb the union tree; decisions through /api/tasks")
class CommendationController {

	private final CommendationProposals proposals;

	private final GrassrootsRounds rounds;

	private final CurrentUser currentUser;

	CommendationController(CommendationProposals proposals, GrassrootsRounds rounds, CurrentUser currentUser) {
		this.proposals = proposals;
		this.rounds = rounds;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/initiatives/{id}/commendation")
	@PreAuthorize("hasRole('union-officer')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "commendation.not-proposer")
	@Refusal(status = HttpStatus.CONFLICT, code = "commendation.not-published")
	@Refusal(status = HttpStatus.CONFLICT, code = "commendation.round.initiative.in-round")
	@Refusal(status = HttpStatus.CONFLICT, code = "commendation.already-proposed")
	@Operation(summary = "Propose a published initiative of one's grassroots union for commendation")
	ResponseEntity<CommendationView> propose(@PathVariable long id, @Valid @RequestBody(required = false) Proposal proposal) {
		Commendation commendation = proposals.propose(currentUser.get(), id, proposal == null ? null : proposal.reason());
		return ResponseEntity.created(URI.create("/api/initiatives/" + id + "/commendation"))
			.body(CommendationView.of(commendation));
	}

	@GetMapping("/api/initiatives/{id}/commendation")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "commendation.not-found")
	@Operation(operationId = "commendationOfInitiative", summary = "Where the initiative's commendation stands, for those who may see the initiative")
	CommendationView one(@PathVariable long id) {
		return CommendationView.of(proposals.of(currentUser.get(), id));
	}

	@PostMapping("/api/units/{unit}/commendations")
	@PreAuthorize("hasAnyRole('commendation-approver', 'union-officer')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "commendation.unit.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "commendation.collective.not-proposer")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "request.invalid")
	@Refusal(status = HttpStatus.CONFLICT, code = "commendation.collective.in-progress")
	@Operation(summary = "R-7.4: propose a collective, a unit below one's own, for commendation")
	ResponseEntity<CollectiveView> proposeCollective(@PathVariable String unit,
			@Valid @RequestBody CollectiveProposal proposal) {
		Commendation commendation = proposals.proposeCollective(currentUser.get(), unit, proposal.award(),
				proposal.achievement());
		return ResponseEntity.created(URI.create("/api/units/" + unit + "/commendations"))
			.body(CollectiveView.of(new CommendationProposals.CollectiveCommendation(commendation, List.of())));
	}

	@GetMapping("/api/units/{unit}/commendations")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "commendation.unit.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "commendation.collective.not-visible")
	@Operation(summary = "R-7.4: a page of a collective's commendations, newest first, with every decision (who, when, "
			+ "why); page from 0, size at most 100, the header X-Total-Count tells how many there are in all")
	ResponseEntity<List<CollectiveView>> ofCollective(@PathVariable String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return paged(proposals.ofCollective(currentUser.get(), unit, page, size).map(CollectiveView::of));
	}

	@PostMapping("/api/units/{unit}/commendation-rounds")
	@PreAuthorize("hasRole('union-officer')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "commendation.unit.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "commendation.round.not-officer")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "request.invalid")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "commendation.round.initiative.other-unit")
	@Refusal(status = HttpStatus.CONFLICT, code = "commendation.not-published")
	@Refusal(status = HttpStatus.CONFLICT, code = "commendation.round.initiative.commended")
	@Refusal(status = HttpStatus.CONFLICT, code = "commendation.round.initiative.in-round")
	@Refusal(status = HttpStatus.CONFLICT, code = "commendation.round.month-taken")
	@Operation(summary = "R-7.5: open a grassroots union's commendation round, monthly (yyyy-MM) or for an occasion, for the head of the unit to co-sign")
	ResponseEntity<RoundView> openRound(@PathVariable String unit, @Valid @RequestBody RoundRequest request) {
		CommendationRound round = rounds.open(currentUser.get(), unit, request.month(), request.occasion(),
				request.initiativeIds());
		return ResponseEntity.created(URI.create("/api/units/" + unit + "/commendation-rounds")).body(RoundView.of(round));
	}

	@GetMapping("/api/units/{unit}/commendation-rounds")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "commendation.unit.unknown")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "commendation.collective.not-visible")
	@Operation(summary = "R-7.5: a page of a grassroots union's commendation rounds, newest first; page from 0, size "
			+ "at most 100, the header X-Total-Count tells how many there are in all")
	ResponseEntity<List<RoundView>> roundsOf(@PathVariable String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return paged(rounds.of(currentUser.get(), unit, page, size).map(RoundView::of));
	}

	private static <T> ResponseEntity<List<T>> paged(Page<T> page) {
		return ResponseEntity.ok().header(Paging.TOTAL_COUNT, String.valueOf(page.getTotalElements())).body(page.getContent());
	}

	record Proposal(@Size(max = 2000) String reason) {
	}

	record RoundRequest(String month, @Size(max = 255) String occasion, List<Long> initiativeIds) {
	}

	record RoundView(long id, String unitCode, String name, String status, List<Long> initiativeIds, String openedBy,
			Instant openedAt, String decidedBy, Instant decidedAt, String refusalReason) {

		static RoundView of(CommendationRound r) {
			return new RoundView(r.getId(), r.getUnitCode(), r.name(), r.getStatus().name(), List.copyOf(r.getInitiativeIds()),
					r.getOpenedBy(), r.getOpenedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getRefusalReason());
		}
	}

	record CollectiveProposal(String award, @Size(max = 2000) String achievement) {
	}

	record CollectiveView(long id, String unitCode, String achievement, String status, String currentUnit, Award award,
			String grantedByUnit, String proposedBy, Instant proposedAt, Instant decidedAt, List<DecisionView> decisions) {

		static CollectiveView of(CommendationProposals.CollectiveCommendation collective) {
			Commendation c = collective.commendation();
			return new CollectiveView(c.getId(), c.getUnitCode(), c.getAchievement(), c.getStatus().name(),
					c.getCurrentUnitCode(), c.getAward(), c.getGrantedByUnit(), c.getProposedBy(), c.getProposedAt(),
					c.getDecidedAt(), collective.decisions().stream().map(DecisionView::of).toList());
		}
	}

	record DecisionView(String step, String outcome, String reason, String actor, String unitCode, Instant decidedAt) {

		static DecisionView of(CommendationDecision d) {
			return new DecisionView(d.getStep(), d.getOutcome(), d.getReason(), d.getActor(), d.getUnitCode(),
					d.getDecidedAt());
		}
	}

	record CommendationView(long id, Long initiativeId, String status, String currentUnit, Award award,
			String grantedByUnit, String proposedBy, Instant proposedAt, Instant decidedAt) {

		static CommendationView of(Commendation c) {
			return new CommendationView(c.getId(), c.getInitiativeId(), c.getStatus().name(), c.getCurrentUnitCode(),
					c.getAward(), c.getGrantedByUnit(), c.getProposedBy(), c.getProposedAt(), c.getDecidedAt());
		}
	}
}
