package vn.congdoan.sangkien.commendation;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CommendationRounds extends Repository<CommendationRound, Long> {

	CommendationRound save(CommendationRound round);

	Optional<CommendationRound> findById(long id);

	Page<CommendationRound> findByUnitCodeOrderByOpenedAtDescIdDesc(String unitCode, Pageable page);

	boolean existsByUnitCodeAndMonthAndStatusNot(String unitCode, LocalDate month, CommendationRound.Status status);

	@Query("select count(r) > 0 from CommendationRound r join r.initiativeIds i where i = :initiativeId and r.status = :status")
	boolean existsWithInitiative(long initiativeId, CommendationRound.Status status);

	/** whether the initiative is listed in a round the head of the unit has not yet co-signed. */
	default boolean awaitingHeadWith(long initiativeId) {
		return existsWithInitiative(initiativeId, CommendationRound.Status.AWAITING_HEAD);
	}
}
