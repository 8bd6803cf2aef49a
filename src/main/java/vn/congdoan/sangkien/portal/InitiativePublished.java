package vn.congdoan.sangkien.portal;

import java.time.Instant;
import java.time.LocalDate;

import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.initiative.InitiativeKind;
import vn.congdoan.sangkien.programme.InitiativePublication;

/**
 * An initiative was uploaded to the national portal and is published: a fact other modules react
 * to after the upload has committed (the programme's running totals). It carries what they need, so that
 * none of them reads the initiative's tables.
 */
public record InitiativePublished(long initiativeId, String unitCode, String phaseCode, LocalDate recognitionDate,
		InitiativeKind kind, String creditedAuthorKey, long benefitVnd, Instant publishedAt) implements InitiativePublication {

	static InitiativePublished of(Initiative initiative) {
		return new InitiativePublished(initiative.getId(), initiative.getUnitCode(), initiative.getPhaseCode(),
				initiative.getRecognitionDate(), initiative.getKind(), initiative.creditedAuthorKey(),
				initiative.getBenefitVnd() == null ? 0 : initiative.getBenefitVnd(), initiative.getPortalUploadedAt());
	}

	@Override
	public String kindName() {
		return kind == null ? null : kind.name();
	}
}
