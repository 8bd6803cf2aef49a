package vn.congdoan.sangkien.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * The collective recognitions as people read them (R-7.1 - R-7.3): the published ones with their winners,
 * for everyone; one with its ranking and computed winners, for the VGCL Office deciding on it.
 */
@Service
@Transactional(readOnly = true)
public class CollectiveRecognitions {

	private final CollectiveRecognitionRepository recognitions;

	private final ObjectMapper json;

	CollectiveRecognitions(CollectiveRecognitionRepository recognitions, ObjectMapper json) {
		this.recognitions = recognitions;
		this.json = json;
	}

	public List<Published> published() {
		return recognitions.findByStatusOrderByPublishedAtDesc(CollectiveRecognition.Status.PUBLISHED).stream()
			.map(recognition -> new Published(recognition.getId(), recognition.getKind(), recognition.getPeriod(),
					withoutAccounts(read(recognition.getWinners())), recognition.getNote(), recognition.getPublishedAt()))
			.toList();
	}

	/**
	 * The public reads the people a final review recognises by name; their accounts and dates of birth (which tell
	 * two people of one name apart for the Office, R-4.3) are not published.
	 */
	private static JsonNode withoutAccounts(JsonNode winners) {
		JsonNode published = winners.deepCopy();
		for (String personal : List.of("username", "dateOfBirth")) {
			published.findParents(personal).forEach(person -> ((ObjectNode) person).remove(personal));
		}
		return published;
	}

	public Recognition one(PlatformUser office, long id) {
		checkOffice(office);
		return recognitions.findById(id).map(this::recognition)
			.orElseThrow(() -> ProblemException.notFound("recognition.not-found", id));
	}

	/** The recognition a process runs for, by the process's business key {@code <kind>:<period>}. */
	public Recognition ofProcess(PlatformUser office, String businessKey) {
		checkOffice(office);
		String[] kindAndPeriod = businessKey.split(":", 2);
		Optional<RecognitionKind> kind = kindAndPeriod.length < 2 ? Optional.empty()
				: RecognitionKind.find(kindAndPeriod[0]);
		return kind.flatMap(k -> recognitions.findByKindAndPeriodAndStatusNot(k, kindAndPeriod[1],
				CollectiveRecognition.Status.REPLACED))
			.map(this::recognition)
			.orElseThrow(() -> ProblemException.notFound("recognition.not-found", businessKey));
	}

	private static void checkOffice(PlatformUser office) {
		if (!office.hasRole(Role.PROGRAMME_OFFICE)) {
			throw ProblemException.forbidden("auth.forbidden");
		}
	}

	private Recognition recognition(CollectiveRecognition recognition) {
		return new Recognition(recognition.getId(), recognition.getKind(), recognition.getPeriod(), recognition.getStatus(),
				read(recognition.getCandidates()), recognition.getWinners() == null ? null : read(recognition.getWinners()));
	}

	private JsonNode read(String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A recognition with its ranking and computed winners, and the published winners once there are. */
	public record Recognition(long id, RecognitionKind kind, String period, CollectiveRecognition.Status status,
			JsonNode candidates, JsonNode winners) {
	}

	/** A published recognition, as the public sees it. */
	public record Published(long id, RecognitionKind kind, String period, JsonNode winners, String note,
			Instant publishedAt) {
	}
}
