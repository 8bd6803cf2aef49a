package vn.congdoan.sangkien.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProgrammePhases extends Repository<ProgrammePhase, String> {

	List<ProgrammePhase> findAll();

	Optional<ProgrammePhase> findByCode(String code);
}
