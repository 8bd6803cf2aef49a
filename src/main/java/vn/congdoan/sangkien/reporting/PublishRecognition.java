package vn.congdoan.sangkien.reporting;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.ProblemException;

/** BPMN {@code publishRecognition}: the winners the Office confirmed, or the ones it named instead, become public. */
@Component
class PublishRecognition {

	private final CollectiveRecognitionRepository recognitions;

	private final ObjectMapper json;

	private final Clock clock;

	PublishRecognition(CollectiveRecognitionRepository recognitions, ObjectMapper json, Clock clock) {
		this.recognitions = recognitions;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	void publish(long id, String decision, String amendedWinners, String note, String confirmedBy) {
		CollectiveRecognition recognition = recognitions.findById(id)
			.orElseThrow(() -> ProblemException.notFound("recognition.not-found", id));
		try {
			String winners = "amend".equals(decision)
					? json.writeValueAsString(Map.of("AMENDED", List.of(amendedWinners.split("\\s*,\\s*"))))
					: json.readTree(recognition.getCandidates()).path("winners").toString();
			recognition.publish(winners, note, confirmedBy, clock.instant());
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
