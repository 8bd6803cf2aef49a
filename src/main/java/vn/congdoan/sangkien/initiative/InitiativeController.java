package vn.congdoan.sangkien.initiative;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;

@RestController
@RequestMapping("/api/initiatives")
@Tag(name = "Initiatives", description = "Sáng kiến: submit and follow")
class InitiativeController {

	private final InitiativeSubmission submission;

	private final CurrentUser currentUser;

	InitiativeController(InitiativeSubmission submission, CurrentUser currentUser) {
		this.submission = submission;
		this.currentUser = currentUser;
	}

	@PostMapping
	@PreAuthorize("hasRole('author')")
	@Operation(summary = "Submit an initiative; its review starts in the author's grassroots union")
	ResponseEntity<InitiativeView> submit(@Valid @RequestBody SubmitInitiative request) {
		Initiative initiative = submission.submit(currentUser.get(), request);
		return ResponseEntity.created(URI.create("/api/initiatives/" + initiative.getId()))
			.body(InitiativeView.of(initiative));
	}

	@GetMapping("/mine")
	@Operation(summary = "The initiatives the current user authored")
	List<InitiativeView> mine() {
		return submission.mine(currentUser.get()).stream().map(InitiativeView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One initiative, for its author and the officers of its unit")
	InitiativeView one(@PathVariable long id) {
		return InitiativeView.of(submission.visibleTo(currentUser.get(), id));
	}

	record InitiativeView(long id, String title, String summary, String unitCode, String author,
			InitiativeStatus status, Instant createdAt) {

		static InitiativeView of(Initiative initiative) {
			return new InitiativeView(initiative.getId(), initiative.getTitle(), initiative.getSummary(),
					initiative.getUnitCode(), initiative.getAuthorUsername(), initiative.getStatus(),
					initiative.getCreatedAt());
		}
	}
}
