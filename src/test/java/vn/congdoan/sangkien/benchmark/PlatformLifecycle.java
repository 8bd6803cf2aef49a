package vn.congdoan.sangkien.benchmark;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import vn.congdoan.sangkien.InitiativeDrafts;
import vn.congdoan.sangkien.Steps;

/**
 * An initiative's whole life through the platform's API, by the Hà Nội demo users: the author writes
 * and submits it; the support team, the council and the union officer each find it in their inbox
 * and complete their step. Every call is timed under its name.
 */
final class PlatformLifecycle {

	static final String AUTHOR = "tacgia.hn";

	static final String SUPPORT_TEAM = "hotro.hn";

	static final String COUNCIL = "hoidong.hn";

	static final String OFFICER = "canbo.hn";

	private static final Duration TASK_WAIT = Duration.ofSeconds(10);

	private static final Duration POLL = Duration.ofMillis(20);

	/** The inbox API's largest page. */
	private static final int PAGE = 200;

	private final PlatformCalls calls;

	PlatformLifecycle(PlatformCalls calls) {
		this.calls = calls;
	}

	/** @param platform the platform's process, where it runs on this machine: its request CPU per lifecycle is reported */
	Throughput.Result lifecycles(int threads, Duration warmUp, Duration measured, Optional<ProcessHandle> platform)
			throws InterruptedException {
		long run = System.currentTimeMillis();
		return Throughput.measure(threads, warmUp, measured, calls.latencies()::clear, RequestCpu.ofRequestThreads(platform),
				n -> published("Máy gấp áo tự động " + run + "-" + threads + "-" + n));
	}

	/** Written, submitted, accepted, recognised and uploaded: published. */
	long published(String title) {
		long id = recognised(title);
		complete(OFFICER, id, "portalUpload", "{\"uploadedToPortal\":true}");
		return id;
	}

	/** Written, submitted, accepted and recognised: it waits for the union officer's upload. */
	long recognised(String title) {
		long id = submitted(AUTHOR, title);
		complete(SUPPORT_TEAM, id, "supportTeamReview", "{\"supportTeamDecision\":\"accept\"}");
		complete(COUNCIL, id, "councilRecognition", Steps.RECOGNISE);
		return id;
	}

	long submitted(String author, String title) {
		long id = calls.post("draft", author, "/api/initiatives", InitiativeDrafts.complete(title, author, "Nguyễn Văn An"))
			.path("id")
			.asLong();
		calls.post("submit", author, "/api/initiatives/" + id + "/submit", null);
		return id;
	}

	void complete(String username, long initiativeId, String step, String values) {
		calls.post("complete task", username, "/api/tasks/" + taskOf(username, initiativeId, step) + "/complete", values);
	}

	/** As the user's client finds it: in their inbox, oldest first, page after page. */
	private String taskOf(String username, long initiativeId, String step) {
		String initiative = String.valueOf(initiativeId);
		long giveUp = System.nanoTime() + TASK_WAIT.toNanos();
		do {
			String[] found = new String[1];
			inboxPages(username, tasks -> {
				tasks.forEach(task -> {
					if (initiative.equals(task.path("initiativeId").asText()) && step.equals(task.path("step").asText())) {
						found[0] = task.path("id").asText();
					}
				});
				return found[0] == null;
			});
			if (found[0] != null) {
				return found[0];
			}
			// The step after an asynchronous continuation appears once the job executor has run it: look again shortly.
			LockSupport.parkNanos(POLL.toNanos());
		}
		while (System.nanoTime() < giveUp);
		throw new PlatformCalls.CallFailed("no " + step + " task of initiative " + initiativeId + " in the inbox of "
				+ username);
	}

	/** The user's open tasks at a step, by initiative id: the whole inbox. */
	Map<String, String> openTasks(String username, String step) {
		Map<String, String> byInitiative = new HashMap<>();
		inboxPages(username, tasks -> {
			tasks.forEach(task -> {
				if (step.equals(task.path("step").asText())) {
					byInitiative.put(task.path("initiativeId").asText(), task.path("id").asText());
				}
			});
			return true;
		});
		return byInitiative;
	}

	/** Reads the inbox a page at a time while {@code more} says so and pages come full. */
	private void inboxPages(String username, Predicate<JsonNode> more) {
		for (int first = 0;; first += PAGE) {
			JsonNode tasks = calls.get("inbox", username, "/api/tasks?first=" + first + "&max=" + PAGE);
			if (!more.test(tasks) || tasks.size() < PAGE) {
				return;
			}
		}
	}
}
