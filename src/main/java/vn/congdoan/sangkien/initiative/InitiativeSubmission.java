package vn.congdoan.sangkien.initiative;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.unit.UnitLevel;
import vn.congdoan.sangkien.unit.Units;

/**
 * An author submits an initiative: it is stored and its lifecycle process starts in one transaction,
 * so there is never an initiative without its process, nor a process without its initiative.
 */
@Service
public class InitiativeSubmission {

	static final String PROCESS = "initiativeLifecycle";

	private final Initiatives initiatives;

	private final Units units;

	private final RuntimeService runtime;

	private final Clock clock;

	InitiativeSubmission(Initiatives initiatives, Units units, RuntimeService runtime, Clock clock) {
		this.initiatives = initiatives;
		this.units = units;
		this.runtime = runtime;
		this.clock = clock;
	}

	@Transactional
	public Initiative submit(PlatformUser author, SubmitInitiative request) {
		String unitCode = unitOf(author, request.unitCode());
		Initiative initiative = initiatives.save(new Initiative(request.title().strip(),
				request.summary() == null ? null : request.summary().strip(), unitCode, author.username(),
				clock.instant()));
		var process = runtime.startProcessInstanceByKey(PROCESS, String.valueOf(initiative.getId()),
				Map.of("initiativeId", initiative.getId(), "unitCode", unitCode, "author", author.username()));
		initiative.startedAs(process.getId());
		return initiative;
	}

	@Transactional(readOnly = true)
	public List<Initiative> mine(PlatformUser author) {
		return initiatives.findByAuthorUsernameOrderByCreatedAtDesc(author.username());
	}

	@Transactional(readOnly = true)
	public Initiative visibleTo(PlatformUser user, long id) {
		Initiative initiative = initiatives.findById(id)
			.orElseThrow(() -> ProblemException.notFound("initiative.not-found", id));
		boolean author = initiative.getAuthorUsername().equals(user.username());
		boolean officerOfItsUnit = user.belongsTo(initiative.getUnitCode())
				&& (user.hasRole(Role.SUPPORT_TEAM) || user.hasRole(Role.COUNCIL) || user.hasRole(Role.UNION_OFFICER));
		if (!author && !officerOfItsUnit) {
			throw ProblemException.forbidden("initiative.not-visible", id);
		}
		return initiative;
	}

	/** Initiatives belong to a grassroots union the author is a member of. */
	private String unitOf(PlatformUser author, String requested) {
		String unitCode = requested;
		if (unitCode == null) {
			if (author.unitCodes().size() != 1) {
				throw ProblemException.badRequest("initiative.unit.required");
			}
			unitCode = author.unitCodes().iterator().next();
		}
		if (!author.belongsTo(unitCode)) {
			throw ProblemException.forbidden("initiative.unit.not-member", unitCode);
		}
		String code = unitCode;
		var unit = units.findByCode(code).orElseThrow(() -> ProblemException.badRequest("initiative.unit.unknown", code));
		if (unit.level() != UnitLevel.GRASSROOTS) {
			throw ProblemException.badRequest("initiative.unit.not-grassroots", code);
		}
		return code;
	}
}
