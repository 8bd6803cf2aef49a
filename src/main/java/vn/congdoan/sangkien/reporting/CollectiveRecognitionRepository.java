package vn.congdoan.sangkien.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CollectiveRecognitionRepository extends Repository<CollectiveRecognition, Long> {

	CollectiveRecognition saveAndFlush(CollectiveRecognition recognition);

	Optional<CollectiveRecognition> findById(long id);

	Optional<CollectiveRecognition> findByKindAndPeriodAndStatusNot(RecognitionKind kind, String period,
			CollectiveRecognition.Status replaced);

	boolean existsByKindAndPeriodAndStatusNot(RecognitionKind kind, String period, CollectiveRecognition.Status replaced);

	List<CollectiveRecognition> findByStatusOrderByPublishedAtDesc(CollectiveRecognition.Status status);
}
