package vn.congdoan.sangkien.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;

import vn.congdoan.sangkien.membership.TargetGroup;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The initiative guards its own lifecycle: each transition from the states that allow it, and its
 * refusal from every other state, which leaves the initiative as it was.
 */
@DisplayName("An initiative allows only the transitions its state allows")
class InitiativeTest {

	static final Instant CREATED = Instant.parse("2022-03-01T02:00:00Z");

	static final Instant NOW = Instant.parse("2022-03-10T02:00:00Z");

	static final LocalDate RECOGNISED_ON = LocalDate.parse("2022-03-20");

	/** Where an initiative can stand, each reached through the transitions that lead there. */
	enum Stage {
		DRAFT, IN_SUPPORT_REVIEW, RETURNED_FOR_REVISION, DECLINED, IN_COUNCIL_REVIEW, CLARIFICATION_REQUESTED,
		REFUSED, RECOGNISED, AWAITING_UPLOAD, PUBLISHED, MISSED_UPLOAD_WINDOW, WITHDRAWN;

		Initiative reach() {
			return switch (this) {
				case DRAFT -> new Initiative("CDCS-01-0001", "tacgia.hn", CREATED);
				case IN_SUPPORT_REVIEW -> then(submitted(), i -> {
					i.reviewBySupportTeam(NOW);
					i.processStarted("process-1");
				});
				case RETURNED_FOR_REVISION -> then(IN_SUPPORT_REVIEW.reach(), i -> i.returnForRevision(NOW));
				case DECLINED -> then(IN_SUPPORT_REVIEW.reach(), i -> i.decline(NOW));
				case IN_COUNCIL_REVIEW -> then(IN_SUPPORT_REVIEW.reach(), i -> i.reviewByCouncil(NOW));
				case CLARIFICATION_REQUESTED -> then(IN_COUNCIL_REVIEW.reach(), i -> i.askForClarification(NOW));
				case REFUSED -> then(IN_COUNCIL_REVIEW.reach(), i -> i.refuse(NOW));
				case RECOGNISED -> then(IN_COUNCIL_REVIEW.reach(), i -> i.recognise(RECOGNISED_ON, "PHASE_2"));
				case AWAITING_UPLOAD -> then(RECOGNISED.reach(), i -> i.awaitUpload(NOW));
				case PUBLISHED -> then(AWAITING_UPLOAD.reach(), i -> i.publish(NOW, "CONG-2022-0001"));
				case MISSED_UPLOAD_WINDOW -> then(AWAITING_UPLOAD.reach(), i -> i.missUploadWindow(NOW));
				case WITHDRAWN -> then(IN_SUPPORT_REVIEW.reach(), i -> i.withdraw(NOW));
			};
		}
	}

	static Initiative submitted() {
		return then(Stage.DRAFT.reach(), i -> i.submit(NOW));
	}

	static Initiative then(Initiative initiative, Consumer<Initiative> transition) {
		transition.accept(initiative);
		return initiative;
	}

	static InitiativeContent content(String title) {
		return new InitiativeContent(InitiativeKind.TECHNICAL_SOLUTION, title, null, null, null, null, null, null, null,
				null, null, null, null, null,
				List.of(new ContributorInput("Nguyễn Văn An", "tacgia.hn", new BigDecimal("100"), true, TargetGroup.WORKER, null,
						null, null, null)),
				null);
	}

	/** The transition is refused with this code and these arguments, and the initiative stays as it was. */
	static void assertRefused(Stage stage, Consumer<Initiative> transition, String code, Object... arguments) {
		Initiative initiative = stage.reach();
		InitiativeStatus before = initiative.getStatus();
		assertThatThrownBy(() -> transition.accept(initiative)).isInstanceOfSatisfying(ProblemException.class,
				problem -> {
					assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
					assertThat(problem.code()).isEqualTo(code);
					assertThat(problem.arguments()).containsExactly(arguments);
				});
		assertThat(initiative.getStatus()).isEqualTo(before);
	}

	static void assertTransitionRefused(Stage stage, Consumer<Initiative> transition, String name) {
		assertRefused(stage, transition, "initiative.transition.not-allowed", stage.reach().getStatus(), name);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "DRAFT", "RETURNED_FOR_REVISION", "CLARIFICATION_REQUESTED" })
	@DisplayName("Its author edits a draft, or what the support team or the council handed back")
	void editsWhileHandedToTheAuthor(Stage stage) {
		Initiative initiative = stage.reach();

		initiative.edit(content("Máy gấp áo tự động"), NOW);

		assertThat(initiative.getTitle()).isEqualTo("Máy gấp áo tự động");
		assertThat(initiative.getContributors()).singleElement().extracting(Contributor::getFullName)
			.isEqualTo("Nguyễn Văn An");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "DRAFT", "RETURNED_FOR_REVISION", "CLARIFICATION_REQUESTED" }, mode = EXCLUDE)
	@DisplayName("No one edits an initiative that is with the support team, the council, the portal, or ended")
	void refusesAnEditOtherwise(Stage stage) {
		assertRefused(stage, i -> i.edit(content("Sửa muộn"), NOW), "initiative.not-editable",
				stage.reach().getStatus());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "DRAFT", "RETURNED_FOR_REVISION", "CLARIFICATION_REQUESTED" })
	@DisplayName("R-2.4: the credited person is recorded with the content its author hands in")
	void creditsWhileHandedToTheAuthor(Stage stage) {
		Initiative initiative = then(stage.reach(), i -> i.edit(content("Máy gấp áo tự động"), NOW));

		initiative.credit(initiative.getContributors().get(0));

		assertThat(initiative.getCreditedName()).isEqualTo("Nguyễn Văn An");
		assertThat(initiative.getCreditedUsername()).isEqualTo("tacgia.hn");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "DRAFT", "RETURNED_FOR_REVISION", "CLARIFICATION_REQUESTED" }, mode = EXCLUDE)
	@DisplayName("R-2.4: the credited person does not change once the content is out of its author's hands")
	void refusesACreditOtherwise(Stage stage) {
		Contributor someone = then(Stage.DRAFT.reach(), i -> i.edit(content("Khác"), NOW)).getContributors().get(0);

		assertRefused(stage, i -> i.credit(someone), "initiative.not-editable", stage.reach().getStatus());
	}

	@Test
	@DisplayName("A draft is submitted: it stays a draft until its process puts it before the support team")
	void submitsADraft() {
		Initiative initiative = Stage.DRAFT.reach();

		initiative.submit(NOW);

		assertThat(initiative.getSubmittedAt()).isEqualTo(NOW);
		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.DRAFT);
	}

	@Test
	@DisplayName("A draft is submitted once")
	void refusesASecondSubmission() {
		Initiative initiative = submitted();

		assertThatThrownBy(() -> initiative.submit(NOW)).isInstanceOfSatisfying(ProblemException.class,
				problem -> assertThat(problem.code()).isEqualTo("initiative.not-draft"));
		assertThat(initiative.getSubmittedAt()).isEqualTo(NOW);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "DRAFT", mode = EXCLUDE)
	@DisplayName("Only a draft is submitted")
	void refusesToSubmitWhatIsNoDraft(Stage stage) {
		assertRefused(stage, i -> i.submit(NOW), "initiative.not-draft", stage.reach().getStatus());
	}

	@Test
	@DisplayName("Its author deletes a draft never submitted")
	void deletesADraft() {
		Stage.DRAFT.reach().checkDeletable();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "DRAFT", mode = EXCLUDE)
	@DisplayName("Nothing but a draft is deleted")
	void refusesToDeleteWhatIsNoDraft(Stage stage) {
		assertRefused(stage, Initiative::checkDeletable, "initiative.not-draft", stage.reach().getStatus());
	}

	@Test
	@DisplayName("A submitted draft is not deleted, even before its process has moved it on")
	void refusesToDeleteASubmittedDraft() {
		assertThatThrownBy(() -> submitted().checkDeletable()).isInstanceOfSatisfying(ProblemException.class,
				problem -> assertThat(problem.code()).isEqualTo("initiative.not-draft"));
	}

	@Test
	@DisplayName("The process a submission started is recorded, once, and never before the submission")
	void recordsItsProcessOnce() {
		Initiative initiative = submitted();

		initiative.processStarted("process-1");

		assertThat(initiative.getProcessInstanceId()).isEqualTo("process-1");
		assertTransitionRefused(Stage.IN_SUPPORT_REVIEW, i -> i.processStarted("process-2"), "processStarted");
		assertTransitionRefused(Stage.DRAFT, i -> i.processStarted("process-2"), "processStarted");
	}

	@Test
	@DisplayName("R-5.1: a submitted draft goes before the support team of its grassroots union")
	void submittedDraftGoesToTheSupportTeam() {
		Initiative initiative = submitted();

		initiative.reviewBySupportTeam(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.IN_SUPPORT_REVIEW);
	}

	@Test
	@DisplayName("R-5.1: a revision handed back by its author goes before the support team again")
	void revisionGoesBackToTheSupportTeam() {
		Initiative initiative = Stage.RETURNED_FOR_REVISION.reach();

		initiative.reviewBySupportTeam(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.IN_SUPPORT_REVIEW);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "RETURNED_FOR_REVISION", mode = EXCLUDE)
	@DisplayName("R-5.1: nothing else goes before the support team, not even a draft never submitted")
	void refusesTheSupportTeamOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.reviewBySupportTeam(NOW), "reviewBySupportTeam");
	}

	@Test
	@DisplayName("R-5.1: the support team returns what it reviews to its author")
	void supportTeamReturnsForRevision() {
		Initiative initiative = Stage.IN_SUPPORT_REVIEW.reach();

		initiative.returnForRevision(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.RETURNED_FOR_REVISION);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "IN_SUPPORT_REVIEW", mode = EXCLUDE)
	@DisplayName("R-5.1: only what the support team reviews is returned for revision")
	void refusesAReturnOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.returnForRevision(NOW), "returnForRevision");
	}

	@Test
	@DisplayName("R-5.1: the support team declines what it reviews")
	void supportTeamDeclines() {
		Initiative initiative = Stage.IN_SUPPORT_REVIEW.reach();

		initiative.decline(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.DECLINED);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "IN_SUPPORT_REVIEW", mode = EXCLUDE)
	@DisplayName("R-5.1: only what the support team reviews is declined")
	void refusesADeclineOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.decline(NOW), "decline");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "IN_SUPPORT_REVIEW", "CLARIFICATION_REQUESTED" })
	@DisplayName("R-2.1: the council reviews what the support team accepts, and the author's clarification")
	void goesBeforeTheCouncil(Stage stage) {
		Initiative initiative = stage.reach();

		initiative.reviewByCouncil(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.IN_COUNCIL_REVIEW);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "IN_SUPPORT_REVIEW", "CLARIFICATION_REQUESTED" }, mode = EXCLUDE)
	@DisplayName("R-2.1: nothing else goes before the council")
	void refusesTheCouncilOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.reviewByCouncil(NOW), "reviewByCouncil");
	}

	@Test
	@DisplayName("The council asks the author to clarify what it reviews")
	void councilAsksForClarification() {
		Initiative initiative = Stage.IN_COUNCIL_REVIEW.reach();

		initiative.askForClarification(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.CLARIFICATION_REQUESTED);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "IN_COUNCIL_REVIEW", mode = EXCLUDE)
	@DisplayName("Only what the council has still to decide is sent back for clarification")
	void refusesAClarificationOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.askForClarification(NOW), "askForClarification");
	}

	@Test
	@DisplayName("R-3: the council refuses, or the rules exclude, what it has still to decide")
	void councilRefuses() {
		Initiative initiative = Stage.IN_COUNCIL_REVIEW.reach();

		initiative.refuse(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.REFUSED);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "IN_COUNCIL_REVIEW", mode = EXCLUDE)
	@DisplayName("R-3: nothing is refused once recognised, nor before the council")
	void refusesARefusalOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.refuse(NOW), "refuse");
	}

	@Test
	@DisplayName("R-2.1, R-6: the council recognises it on a date that falls in a phase")
	void councilRecognises() {
		Initiative initiative = Stage.IN_COUNCIL_REVIEW.reach();

		initiative.recognise(RECOGNISED_ON, "PHASE_2");

		assertThat(initiative.getRecognitionDate()).isEqualTo(RECOGNISED_ON);
		assertThat(initiative.getPhaseCode()).isEqualTo("PHASE_2");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "IN_COUNCIL_REVIEW", mode = EXCLUDE)
	@DisplayName("R-2.1: only what the council has still to decide is recognised, and only once")
	void refusesARecognitionOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.recognise(RECOGNISED_ON.plusDays(1), "PHASE_2"), "recognise");
	}

	@Test
	@DisplayName("R-5.3: a recognised initiative waits for its upload to the national portal")
	void recognisedAwaitsUpload() {
		Initiative initiative = Stage.RECOGNISED.reach();

		initiative.awaitUpload(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.AWAITING_UPLOAD);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "RECOGNISED", mode = EXCLUDE)
	@DisplayName("R-5.3: only a recognised initiative waits for its upload")
	void refusesToAwaitUploadOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.awaitUpload(NOW), "awaitUpload");
	}

	@Test
	@DisplayName("R-5.3: an initiative waiting for its upload is published when uploaded")
	void uploadPublishes() {
		Initiative initiative = Stage.AWAITING_UPLOAD.reach();
		Instant uploadedAt = NOW.plusSeconds(3600);

		initiative.publish(uploadedAt, "CONG-2022-0042");

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.PUBLISHED);
		assertThat(initiative.getPortalUploadedAt()).isEqualTo(uploadedAt);
		assertThat(initiative.getPortalReference()).isEqualTo("CONG-2022-0042");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "AWAITING_UPLOAD", mode = EXCLUDE)
	@DisplayName("R-5.3: an upload only when waiting for upload")
	void refusesAnUploadOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.publish(NOW, "CONG-2022-0042"), "publish");
	}

	@Test
	@DisplayName("R-6: an initiative waiting for its upload misses the window when its phase's window closes")
	void missesTheUploadWindow() {
		Initiative initiative = Stage.AWAITING_UPLOAD.reach();

		initiative.missUploadWindow(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.MISSED_UPLOAD_WINDOW);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "AWAITING_UPLOAD", mode = EXCLUDE)
	@DisplayName("R-6: only what waits for its upload misses the upload window")
	void refusesAMissedWindowOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.missUploadWindow(NOW), "missUploadWindow");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "IN_SUPPORT_REVIEW", "RETURNED_FOR_REVISION", "IN_COUNCIL_REVIEW", "CLARIFICATION_REQUESTED" })
	@DisplayName("Its author withdraws a submitted initiative before recognition")
	void withdrawsBeforeRecognition(Stage stage) {
		Initiative initiative = stage.reach();

		initiative.withdraw(NOW);

		assertThat(initiative.getStatus()).isEqualTo(InitiativeStatus.WITHDRAWN);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = { "IN_SUPPORT_REVIEW", "RETURNED_FOR_REVISION", "IN_COUNCIL_REVIEW", "CLARIFICATION_REQUESTED" },
			mode = EXCLUDE)
	@DisplayName("No withdrawal of a draft, of a recognised initiative, or of one that has ended")
	void refusesAWithdrawalOtherwise(Stage stage) {
		assertRefused(stage, i -> i.withdraw(NOW), "initiative.withdraw.not-allowed", stage.reach().getStatus());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Stage.class)
	@DisplayName("Its author is offered the withdrawal exactly where a withdrawal is allowed, recognised ones not")
	void offersTheWithdrawalWhereAllowed(Stage stage) {
		boolean allowed = catchThrowable(() -> stage.reach().withdraw(NOW)) == null;

		assertThat(stage.reach().isWithdrawableBy("tacgia.hn")).isEqualTo(allowed);
		assertThat(stage.reach().isWithdrawableBy("hotro.hn")).as("only its author").isFalse();
	}

	@Test
	@DisplayName("R-7.6: a published initiative receives the commendation granted to it")
	void publishedIsAwarded() {
		Initiative initiative = Stage.PUBLISHED.reach();

		initiative.award("GIAY_KHEN", "LDLD-01");

		assertThat(initiative.getAward()).isEqualTo("GIAY_KHEN");
		assertThat(initiative.getAwardUnitCode()).isEqualTo("LDLD-01");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(names = "PUBLISHED", mode = EXCLUDE)
	@DisplayName("R-7.6: only a published initiative is commended")
	void refusesAnAwardOtherwise(Stage stage) {
		assertTransitionRefused(stage, i -> i.award("GIAY_KHEN", "LDLD-01"), "award");
	}
}
