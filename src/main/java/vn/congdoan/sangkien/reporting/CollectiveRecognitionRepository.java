package vn.congdoan.sangkien.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CollectiveRecognitionRepository extends Repository<CollectiveRecognition, Long> {

	CollectiveRecognition saveAndFlush(CollectiveRecognition recognition);

	Optional<CollectiveRecognition> findById(long id);

	Optional<CollectiveRecognition> findByKindAndPeriod(RecognitionKind kind, String period);

	boolean existsByKindAndPeriod(RecognitionKind kind, String period);

	List<CollectiveRecognition> findByStatusOrderByPublishedAtDesc(CollectiveRecognition.Status status);
}
