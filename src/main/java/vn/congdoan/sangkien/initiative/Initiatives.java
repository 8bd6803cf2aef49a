package vn.congdoan.sangkien.initiative;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Initiatives extends Repository<Initiative, Long> {

	Initiative save(Initiative initiative);

	Optional<Initiative> findById(Long id);

	List<Initiative> findByAuthorUsernameOrderByCreatedAtDesc(String authorUsername);
}
