package vn.congdoan.sangkien.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.initiative.CreditedAuthors;
import vn.congdoan.sangkien.programme.EmulationClusters;
import vn.congdoan.sangkien.programme.Leaderboards;
import vn.congdoan.sangkien.programme.ProgrammeSettings;
import vn.congdoan.sangkien.system.ProblemException;

/**
 * BPMN {@code computeCandidates}: the ranking and the winners by the rules of the recognition's kind, from
 * the programme's running totals and targets or from the published initiatives' credited
 * authors, each read through the module that keeps them.
 */
@Component
class ComputeCandidates {

	/** how many outstanding individuals of each target group the Office is shown. */
	private static final int INDIVIDUALS_PER_GROUP = 5;

	private final CollectiveRecognitionRepository recognitions;

	private final Leaderboards leaderboards;

	private final CreditedAuthors creditedAuthors;

	private final ObjectMapper json;

	private final BigDecimal participationGoal;

	private final int nationalLeaders;

	private final boolean blocsInPhase1Review;

	private final EmulationClusters clusters;

	ComputeCandidates(CollectiveRecognitionRepository recognitions, Leaderboards leaderboards,
			CreditedAuthors creditedAuthors, ObjectMapper json, ProgrammeSettings programme, ReportingSettings settings,
			EmulationClusters clusters) {
		this.recognitions = recognitions;
		this.leaderboards = leaderboards;
		this.creditedAuthors = creditedAuthors;
		this.json = json;
		this.participationGoal = programme.participation().goalPercent();
		this.nationalLeaders = settings.recognition().nationalLeaders();
		this.blocsInPhase1Review = settings.recognition().blocsInPhase1Review();
		this.clusters = clusters;
	}

	@Transactional
	void compute(long id) {
		CollectiveRecognition recognition = recognitions.findById(id)
			.orElseThrow(() -> ProblemException.notFound("recognition.not-found", id));
		Candidates candidates = switch (recognition.getKind()) {
			case QUARTERLY -> ranked(recognition.getPeriod(), RecognitionRules::quarterly);
			case PHASE1_REVIEW -> ranked(recognition.getPeriod(), contenders -> RecognitionRules.phase1Review(contenders,
					nationalLeaders, blocsInPhase1Review ? Set.of() : clusters.blocs()));
			case FINAL_REVIEW -> new Candidates(null, creditedAuthors.mostPublished(INDIVIDUALS_PER_GROUP));
		};
		recognition.proposes(serialized(candidates));
	}

	private Candidates ranked(String period, Function<List<RecognitionRules.Contender>, ?> rule) {
		List<RecognitionRules.Contender> contenders = leaderboards.level2In(period).stream()
			.map(unit -> new RecognitionRules.Contender(unit.unitCode(), unit.cluster(), unit.count(), unit.target(),
					unit.participation() == null ? null : unit.participation().percent(),
					unit.participation() != null && unit.participation().meets(participationGoal)))
			.toList();
		return new Candidates(contenders, rule.apply(contenders));
	}

	private String serialized(Candidates candidates) {
		try {
			return json.writeValueAsString(candidates);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What the Office sees: the ranking, where the kind ranks units, and the winners by the rules. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Candidates(List<RecognitionRules.Contender> ranking, Object winners) {
	}
}
