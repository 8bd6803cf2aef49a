package vn.congdoan.sangkien.reporting;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@Tag(name = "Collective recognitions", description = "R-7.1 - R-7.3: computed, confirmed by the VGCL Office, published")
class CollectiveRecognitionController {

	private final StartRecognition starts;

	private final CollectiveRecognitions recognitions;

	private final CurrentUser currentUser;

	CollectiveRecognitionController(StartRecognition starts, CollectiveRecognitions recognitions, CurrentUser currentUser) {
		this.starts = starts;
		this.recognitions = recognitions;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/collective-recognitions")
	@PreAuthorize("hasRole('programme-office')")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "recognition.kind.invalid")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "recognition.quarter.not-ended")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "recognition.individuals.invalid")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "target.period.invalid")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "target.period.outside-programme")
	@Refusal(status = HttpStatus.CONFLICT, code = "recognition.already-started")
	@Operation(summary = "Start a recognition by hand: QUARTERLY with a quarter that has ended (2022-Q3), PHASE1_REVIEW, FINAL_REVIEW (with individualsPerGroup, 1-100, how many of each target group it proposes)")
	ResponseEntity<CollectiveRecognitions.Recognition> start(@RequestBody Start start) {
		long id = starts.start(currentUser.get(), start.kind(), start.period(), start.individualsPerGroup());
		return ResponseEntity.created(URI.create("/api/collective-recognitions/" + id))
			.body(recognitions.one(currentUser.get(), id));
	}

	@PostMapping("/api/collective-recognitions/{id}/again")
	@PreAuthorize("hasRole('programme-office')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "recognition.not-found")
	@Refusal(status = HttpStatus.CONFLICT, code = "recognition.already-replaced")
	@Operation(summary = "Compute a recognition again after the data was corrected: the new one becomes current, the old one stays on record as replaced")
	ResponseEntity<CollectiveRecognitions.Recognition> again(@PathVariable long id) {
		long replacement = starts.again(currentUser.get(), id);
		return ResponseEntity.created(URI.create("/api/collective-recognitions/" + replacement))
			.body(recognitions.one(currentUser.get(), replacement));
	}

	@GetMapping("/api/collective-recognitions/{id}")
	@PreAuthorize("hasRole('programme-office')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "recognition.not-found")
	@Operation(operationId = "collectiveRecognition", summary = "A recognition with its ranking and computed winners, for the Office")
	CollectiveRecognitions.Recognition one(@PathVariable long id) {
		return recognitions.one(currentUser.get(), id);
	}

	@GetMapping("/api/public/collective-recognitions")
	@Operation(summary = "The published recognitions and their winners (public)")
	List<CollectiveRecognitions.Published> published() {
		return recognitions.published();
	}

	record Start(@Size(max = 20) String kind, @Size(max = 16) String period, Integer individualsPerGroup) {
	}
}
