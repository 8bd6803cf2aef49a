package vn.congdoan.sangkien.initiative;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.congdoan.sangkien.identity.CurrentUser;
import vn.congdoan.sangkien.identity.PlatformUser;

/**
 * The timeline of an initiative: every decision with who, in which role and unit, when and why.
 * BPMN task listeners ({@code ${decisionLog.taskCompleted(task, ...)}}) and the platform's own steps write it;
 * each line is announced as {@link InitiativeDecided} in the same transaction.
 */
@Component("decisionLog")
public class DecisionLog {

	static final String SYSTEM = "system";

	private final Decisions decisions;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	DecisionLog(Decisions decisions, CurrentUser currentUser, Clock clock, MessageSource messages,
			ApplicationEventPublisher events) {
		this.decisions = decisions;
		this.currentUser = currentUser;
		this.clock = clock;
		this.messages = messages;
		this.events = events;
	}

	/** A user task was completed: its decision and reason are the form's values of the given keys. */
	public void taskCompleted(DelegateTask task, String decisionKey, String reasonKey) {
		Object outcome = task.getVariable(decisionKey);
		Object reason = reasonKey == null ? null : task.getVariable(reasonKey);
		record(initiativeIdOf(task.getVariable("initiativeId")), task.getTaskDefinitionKey(),
				outcome == null ? "done" : outcome.toString(), reason == null ? null : reason.toString(),
				String.valueOf(task.getVariable("unitCode")));
	}

	/**
	 * A refusal on a ground the decider chose from a list (the council's exclusion, R-3.2, R-3.3): the reason
	 * begins with the ground, named as the guideline names it, so that the timeline says why in full. The text is
	 * kept in Vietnamese, the language of the record, whatever the decider's page was in.
	 */
	public void taskCompleted(DelegateTask task, String decisionKey, String reasonKey, String groundKey) {
		Object ground = task.getVariable(groundKey);
		if (ground == null || ground.toString().isBlank()) {
			taskCompleted(task, decisionKey, reasonKey);
			return;
		}
		String named = ground + " " + messages.getMessage("ground." + ground, null, "", Locale.forLanguageTag("vi"));
		record(initiativeIdOf(task.getVariable("initiativeId")), task.getTaskDefinitionKey(),
				String.valueOf(task.getVariable(decisionKey)), named.strip() + ": " + task.getVariable(reasonKey),
				String.valueOf(task.getVariable("unitCode")));
	}

	/** A user task was completed with a fixed outcome (the author's revision); the reason is a form value. */
	public void taskDone(DelegateTask task, String outcome, String reasonKey) {
		Object reason = task.getVariable(reasonKey);
		record(initiativeIdOf(task.getVariable("initiativeId")), task.getTaskDefinitionKey(), outcome,
				reason == null ? null : reason.toString(), String.valueOf(task.getVariable("unitCode")));
	}

	/** A decision by the current user, or by the platform itself when nobody is signed in (timers). */
	public void record(long initiativeId, String step, String outcome, String reason, String unitCode) {
		save(currentUser.find().orElse(null), initiativeId, step, outcome, reason, unitCode);
	}

	/** A step the platform took by its rules (eligibility, deadlines), whoever's request set it off. */
	public void recordAutomatic(long initiativeId, String step, String outcome, String reason, String unitCode) {
		save(null, initiativeId, step, outcome, reason, unitCode);
	}

	/**
	 * A step the platform takes later in the name of whoever last decided {@code decidedStep} (the council
	 * member who asked for it when recognising); returns their username.
	 */
	public String recordOnBehalfOfLastDecider(long initiativeId, String decidedStep, String step, String outcome,
			String unitCode) {
		Decision decider = decisions.findFirstByInitiativeIdAndStepOrderByDecidedAtDescIdDesc(initiativeId, decidedStep)
			.orElseThrow(() -> new IllegalStateException("Nobody decided " + decidedStep + " on initiative " + initiativeId));
		Decision saved = decisions.save(new Decision(initiativeId, step, outcome, null, decider.getActor(),
				decider.getActorName(), decider.getActorRoles(), unitCode, clock.instant()));
		events.publishEvent(new InitiativeDecided(saved.getId(), initiativeId, step, outcome, null, decider.getActor(),
				unitCode));
		return decider.getActor();
	}

	private void save(PlatformUser user, long initiativeId, String step, String outcome, String given, String unitCode) {
		String reason = Decision.fitted(given);
		String actor = user == null ? SYSTEM : user.username();
		Decision saved = decisions.save(new Decision(initiativeId, step, outcome, reason, actor,
				user == null ? null : user.displayName(), user == null ? null : rolesIn(user, unitCode), unitCode,
				clock.instant()));
		events.publishEvent(new InitiativeDecided(saved.getId(), initiativeId, step, outcome, reason, actor, unitCode));
	}

	/**
	 * the roles the decider holds in the unit the decision concerns (the initiative's, or the deciding level's
	 * for a commendation), not every role they hold somewhere: council in one union and author in another, they
	 * submit as author there and never "as council". Null when they hold none there.
	 */
	static String rolesIn(PlatformUser user, String unitCode) {
		String roles = user.unitRoles().stream()
			.filter(pair -> pair.unitCode().equals(unitCode))
			.map(pair -> pair.role().id())
			.sorted()
			.collect(Collectors.joining(","));
		return roles.isEmpty() ? null : roles;
	}

	/** The timeline of an initiative, for whoever {@link InitiativeAccess} has let see it. */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public List<Decision> timelineOf(long initiativeId) {
		return timeline(initiativeId);
	}

	List<Decision> timeline(long initiativeId) {
		return decisions.findByInitiativeIdOrderByDecidedAtAscIdAsc(initiativeId);
	}

	/** The initiative a process or task is about: its variable {@code initiativeId}. */
	public static long initiativeIdOf(Object variable) {
		return ((Number) variable).longValue();
	}
}
