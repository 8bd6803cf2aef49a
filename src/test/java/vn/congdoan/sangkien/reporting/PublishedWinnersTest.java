package vn.congdoan.sangkien.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.congdoan.sangkien.initiative.CreditedAuthors.CreditedAuthor;
import vn.congdoan.sangkien.membership.TargetGroup;

@DisplayName("The published winners of a final review, as the public reads them")
class PublishedWinnersTest {

	final ObjectMapper json = new ObjectMapper();

	final CollectiveRecognitionRepository repository = mock(CollectiveRecognitionRepository.class);

	@Test
	@DisplayName("R-7.3: each credited author the Office confirmed is published by name with their count, without account or date of birth")
	void finalReviewWithoutAccounts() throws Exception {
		CollectiveRecognition finalReview = new CollectiveRecognition(RecognitionKind.FINAL_REVIEW, "FINAL", 1,
				Instant.parse("2025-12-01T00:00:00Z"));
		ReflectionTestUtils.setField(finalReview, "id", 7L);
		// The winners as computeCandidates proposed them and publishRecognition copied them on confirmation.
		finalReview.publish(json.writeValueAsString(Map.of(TargetGroup.WORKER,
				List.of(new CreditedAuthor("Nguyễn Văn An", "tacgia.hn", "1988-04-02", 3, 12_000_000)))), null, "vanphong.tld",
				Instant.parse("2025-12-20T00:00:00Z"));
		when(repository.findByStatusOrderByPublishedAtDesc(CollectiveRecognition.Status.PUBLISHED)).thenReturn(List.of(finalReview));

		JsonNode winners = new CollectiveRecognitions(repository, json).published().get(0).winners();

		JsonNode worker = winners.path("WORKER").get(0);
		assertThat(worker.path("name").asText()).isEqualTo("Nguyễn Văn An");
		assertThat(worker.path("initiatives").asLong()).isEqualTo(3);
		assertThat(winners.findValues("username")).isEmpty();
		assertThat(winners.findValues("dateOfBirth")).isEmpty();
		assertThat(winners.toString()).doesNotContain("tacgia.hn", "1988-04-02");
		assertThat(finalReview.getWinners()).as("the Office's record keeps who they are").contains("tacgia.hn");
	}
}
