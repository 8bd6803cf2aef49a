package vn.congdoan.sangkien.initiative;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.IdempotentRequests;
import vn.congdoan.sangkien.system.Paging;
import vn.congdoan.sangkien.system.Refusal;

@RestController
@RequestMapping("/api/initiatives")
@Tag(name = "Initiatives", description = "Sáng kiến: drafts, submission, withdrawal, timeline, attachments")
class InitiativeController {

	/** The header that tells how many items a paged list holds in all. */

	private final InitiativeSubmission submission;

	private final InitiativeAccess access;

	private final Attachments attachments;

	private final DecisionLog decisionLog;

	private final IdempotentRequests idempotent;

	private final CurrentUser currentUser;

	private final SimilarInitiatives similar;

	InitiativeController(InitiativeSubmission submission, InitiativeAccess access, Attachments attachments,
			DecisionLog decisionLog, IdempotentRequests idempotent, CurrentUser currentUser, SimilarInitiatives similar) {
		this.similar = similar;
		this.submission = submission;
		this.access = access;
		this.attachments = attachments;
		this.decisionLog = decisionLog;
		this.idempotent = idempotent;
		this.currentUser = currentUser;
	}

	@PostMapping
	@PreAuthorize("hasRole('author')")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.unit.none")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.unit.not-member")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "initiative.unit.required")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "initiative.unit.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "initiative.unit.not-grassroots")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "contributor.duplicate")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "contributor.member.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "contributor.full-name.required")
	@Refusal(status = HttpStatus.CONFLICT, code = "initiative.drafts.quota")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "request.idempotency-key.invalid")
	@Refusal(status = HttpStatus.CONFLICT, code = "request.idempotency-key.reused")
	@Operation(summary = "Write a new initiative as a draft (retry-safe with an Idempotency-Key header)")
	ResponseEntity<?> createDraft(@Valid @RequestBody InitiativeContent content,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		PlatformUser author = currentUser.get();
		// The same key with another content is another request: refused, never answered with the first draft.
		return idempotent.once(author.username(), key, "create-draft:" + idempotent.fingerprint(content), () -> {
			Initiative draft = submission.createDraft(author, content);
			return ResponseEntity.created(URI.create("/api/initiatives/" + draft.getId())).body(view(author, draft));
		});
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('author')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-author")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.CONFLICT, code = "initiative.not-editable")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "initiative.unit.fixed")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "contributor.duplicate")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "contributor.member.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "contributor.full-name.required")
	@Operation(summary = "Edit a draft, or an initiative handed back for revision or clarification")
	InitiativeView edit(@PathVariable long id, @Valid @RequestBody InitiativeContent content) {
		PlatformUser author = currentUser.get();
		return view(author, submission.edit(author, id, content));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('author')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-author")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.CONFLICT, code = "initiative.not-draft")
	@Operation(summary = "Delete a draft that was never submitted")
	ResponseEntity<Void> deleteDraft(@PathVariable long id) {
		submission.deleteDraft(currentUser.get(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('author')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-author")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.CONFLICT, code = "initiative.programme-ended")
	@Refusal(status = HttpStatus.CONFLICT, code = "initiative.not-draft")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "initiative.not-ready")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "request.idempotency-key.invalid")
	@Refusal(status = HttpStatus.CONFLICT, code = "request.idempotency-key.reused")
	@Operation(summary = "Submit a draft to the support team of its unit (retry-safe with an Idempotency-Key header)")
	ResponseEntity<?> submit(@PathVariable long id,
			@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
		PlatformUser author = currentUser.get();
		return idempotent.once(author.username(), key, "submit:" + id,
				() -> ResponseEntity.ok(view(author, submission.submit(author, id))));
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasRole('author')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-author")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.CONFLICT, code = "initiative.withdraw.not-allowed")
	@Operation(summary = "Withdraw a submitted initiative, until it is recognised")
	InitiativeView withdraw(@PathVariable long id, @Valid @RequestBody(required = false) Withdrawal withdrawal) {
		PlatformUser author = currentUser.get();
		return view(author, submission.withdraw(author, id, withdrawal == null ? null : withdrawal.reason()));
	}

	@GetMapping("/mine")
	@Operation(operationId = "myInitiatives", summary = "A page of the initiatives the current user authored or co-authored, newest first "
			+ "(page from 0, size at most 100); the header X-Total-Count tells how many there are in all")
	ResponseEntity<List<InitiativeView>> mine(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		PlatformUser user = currentUser.get();
		Page<Initiative> mine = submission.mine(user, page, size);
		return ResponseEntity.ok()
			.header(Paging.TOTAL_COUNT, String.valueOf(mine.getTotalElements()))
			.body(mine.map(initiative -> view(user, initiative)).getContent());
	}

	@GetMapping("/{id}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Operation(operationId = "initiative", summary = "One initiative with its attachments and the timeline of every decision")
	InitiativeView one(@PathVariable long id) {
		PlatformUser user = currentUser.get();
		Initiative initiative = access.visibleTo(user, id);
		return InitiativeView.of(initiative, access.confidentialContent(user, initiative), attachments.of(initiative),
				decisionLog.timeline(id).stream().map(InitiativeView.TimelineEntry::of).toList());
	}

	@GetMapping("/{id}/similar")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.similar.not-reviewer")
	@Operation(summary = "The most similar initiatives of its union and, published, of the platform, to judge its novelty "
			+ "(R-2.1): for the support team and council of its union")
	SimilarInitiatives.Similar similar(@PathVariable long id) {
		return similar.of(currentUser.get(), id);
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('author')")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-author")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.CONFLICT, code = "initiative.not-editable")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "attachment.name.invalid")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "attachment.name.path")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "attachment.empty")
	@Refusal(status = HttpStatus.PAYLOAD_TOO_LARGE, code = "attachment.too-large")
	@Refusal(status = HttpStatus.PAYLOAD_TOO_LARGE, code = "attachment.author-quota")
	@Refusal(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, code = "attachment.type.not-allowed")
	@Refusal(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, code = "attachment.type.mismatch")
	@Refusal(status = HttpStatus.CONFLICT, code = "attachment.too-many")
	@Operation(summary = "Attach a file (PDF, DOCX, XLSX, JPEG, PNG; at most 20 MB), confidential if the author says so")
	ResponseEntity<InitiativeView.AttachmentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean confidential) throws IOException {
		Attachment attachment = attachments.add(currentUser.get(), id, file.getOriginalFilename(), file.getContentType(),
				file.getBytes(), confidential);
		return ResponseEntity.created(URI.create("/api/initiatives/" + id + "/attachments/" + attachment.getId()))
			.body(attachment.view());
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "initiative.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "initiative.not-visible")
	@Refusal(status = HttpStatus.NOT_FOUND, code = "attachment.not-found")
	@Refusal(status = HttpStatus.FORBIDDEN, code = "attachment.confidential")
	@Operation(summary = "Download an attachment, for those who may see the initiative")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		return attachments.download(currentUser.get(), id, attachmentId).asDownload();
	}

	private InitiativeView view(PlatformUser user, Initiative initiative) {
		return InitiativeView.of(initiative, access.confidentialContent(user, initiative));
	}

	record Withdrawal(@Size(max = 2000) String reason) {
	}
}
