package vn.congdoan.sangkien.commendation;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CommendationDecisions extends Repository<CommendationDecision, Long> {

	CommendationDecision save(CommendationDecision decision);

	List<CommendationDecision> findByCommendationIdOrderByDecidedAtAscIdAsc(long commendationId);
}
