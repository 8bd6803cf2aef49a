package vn.congdoan.sangkien.commendation;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Commendations extends Repository<Commendation, Long> {

	Commendation save(Commendation commendation);

	Optional<Commendation> findByInitiativeId(long initiativeId);

	boolean existsByInitiativeId(long initiativeId);
}
