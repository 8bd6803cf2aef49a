package vn.congdoan.sangkien.commendation;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface Commendations extends Repository<Commendation, Long> {

	Commendation save(Commendation commendation);

	Optional<Commendation> findById(long id);

	Optional<Commendation> findByInitiativeId(long initiativeId);

	boolean existsByInitiativeId(long initiativeId);

	boolean existsByUnitCodeAndStatus(String unitCode, Commendation.Status status);

	Page<Commendation> findByUnitCodeOrderByProposedAtDescIdDesc(String unitCode, Pageable page);
}
