package vn.congdoan.sangkien.initiative;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AttachmentFiles extends Repository<Attachment, Long> {

	Attachment save(Attachment attachment);

	Optional<Attachment> findByIdAndInitiativeId(long id, long initiativeId);

	List<Attachment> findByInitiativeIdOrderById(long initiativeId);

	long countByInitiativeId(long initiativeId);
}
