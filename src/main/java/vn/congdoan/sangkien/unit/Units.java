package vn.congdoan.sangkien.unit;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The union tree. */
public interface Units extends Repository<Unit, String> {

	Optional<Unit> findByCode(String code);
}
