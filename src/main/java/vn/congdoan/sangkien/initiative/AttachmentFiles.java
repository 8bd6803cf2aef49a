package vn.congdoan.sangkien.initiative;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AttachmentFiles extends Repository<Attachment, Long> {

	Attachment save(Attachment attachment);

	Optional<Attachment> findByIdAndInitiativeId(long id, long initiativeId);

	/**
	 * The descriptions of an initiative's files, without their content: the attribute's LAZY is a hint that
	 * Hibernate ignores without bytecode enhancement, so a list of entities would read every file into memory
	 * to show its name (up to 20 files of 20 MB on each view of an initiative).
	 */
	List<InitiativeView.AttachmentView> findViewsByInitiativeIdOrderById(long initiativeId);

	long countByInitiativeId(long initiativeId);
}
