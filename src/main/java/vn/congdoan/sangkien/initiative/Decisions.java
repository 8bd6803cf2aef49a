package vn.congdoan.sangkien.initiative;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Decisions extends Repository<Decision, Long> {

	Decision save(Decision decision);

	List<Decision> findByInitiativeIdOrderByDecidedAtAscIdAsc(long initiativeId);

	Optional<Decision> findFirstByInitiativeIdAndStepOrderByDecidedAtDescIdDesc(long initiativeId, String step);
}
