package vn.congdoan.sangkien.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.system.Download;
import vn.congdoan.sangkien.system.ImportProgress;
import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.RowProblem;
import vn.congdoan.sangkien.system.RowsRefused;
import vn.congdoan.sangkien.system.TableFile;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.Units;

/**
 * targets imported from a file (unit code, period, target), with the rules of {@link Targets#set}
 * for each row (a known unit the user may set, a phase or a quarter of the programme, a count not
 * negative), and the file stored whole or not at all, like the union tree.
 */
@Service
public class TargetImport {

	static final List<String> COLUMNS = List.of("unit", "period", "target");

	private static final List<String> HEADER = List.of("unit_code", "period", "target");

	private static final List<String> EXAMPLE = List.of("LDLD-01", "2022-Q3", "1.200");

	/** Units asked for at once: far inside PostgreSQL's 32,767 parameters of a statement. */
	private static final int CHUNK = 5_000;

	private final JdbcTemplate jdbc;

	private final Targets targets;

	private final Units units;

	private final ImportProgress progress;

	private final Clock clock;

	TargetImport(JdbcTemplate jdbc, Targets targets, Units units, ImportProgress progress, Clock clock) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.units = units;
		this.progress = progress;
		this.clock = clock;
	}

	/** How an import changed the targets. */
	public record Result(int rows, int created, int updated) {
	}

	/** A checked row. */
	private record ImportedTarget(int row, String unitCode, String period, Integer count) {
	}

	public Download template(String format) {
		return TableFile.template("chi-tieu", format, HEADER, EXAMPLE);
	}

	/** Imports a file (.xlsx or .csv) of targets; refuses it whole (422, every row problem) if any row is wrong. */
	@Transactional
	public Result importFile(PlatformUser user, MultipartFile upload, String progressId) {
		progress.report(progressId, "reading", 0, 0);
		List<TableFile.Row> rows = TableFile.read(upload);
		progress.report(progressId, "checking", 0, rows.size());
		List<RowProblem> problems = new ArrayList<>();
		List<ImportedTarget> read = rows.stream()
			.map(row -> new ImportedTarget(row.number(), row.required(0, "unit", 32, problems),
					row.required(1, "period", 16, problems), row.count(2, "target", problems)))
			.toList();
		Map<String, Unit> known = known(read);
		Map<String, Optional<ProblemException>> periods = new HashMap<>();
		Map<String, Integer> firstRows = new HashMap<>();
		for (ImportedTarget target : read) {
			if (target.unitCode() != null) {
				Unit unit = known.get(target.unitCode());
				if (unit == null) {
					problems.add(new RowProblem(target.row(), "unit", "target.unit.unknown", target.unitCode()));
				}
				else if (!targets.maySet(user, unit)) {
					problems.add(new RowProblem(target.row(), "unit", "target.outside-subtree", target.unitCode()));
				}
			}
			if (target.period() != null) {
				periods.computeIfAbsent(target.period(), this::periodProblem)
					.ifPresent(refusal -> problems.add(new RowProblem(target.row(), "period", refusal.code(), refusal.arguments())));
			}
			if (target.unitCode() != null && target.period() != null) {
				Integer first = firstRows.putIfAbsent(target.unitCode() + " " + target.period(), target.row());
				if (first != null) {
					problems.add(new RowProblem(target.row(), "unit", "target-import.duplicate", target.unitCode(),
							target.period(), first));
				}
			}
		}
		if (!problems.isEmpty()) {
			progress.report(progressId, "refused", rows.size(), rows.size());
			problems.sort(RowProblem.inFileOrder(COLUMNS));
			throw new RowsRefused(problems);
		}
		int created = 0;
		Timestamp now = Timestamp.from(clock.instant());
		for (int from = 0; from < read.size(); from += CHUNK) {
			progress.report(progressId, "writing", from, read.size());
			List<ImportedTarget> chunk = read.subList(from, Math.min(read.size(), from + CHUNK));
			targets.audit(user, now, chunk.stream().map(ImportedTarget::unitCode).toArray(String[]::new),
					chunk.stream().map(ImportedTarget::period).toArray(String[]::new),
					chunk.stream().map(ImportedTarget::count).toArray(Integer[]::new));
			created += jdbc.queryForList("""
					insert into target (unit_code, period, initiative_count, set_by, set_at)
					select c.unit_code, c.period, c.initiative_count, ?, ?
					from unnest(?::varchar[], ?::varchar[], ?::int[]) as c(unit_code, period, initiative_count)
					on conflict (unit_code, period) do update set initiative_count = excluded.initiative_count,
					    set_by = excluded.set_by, set_at = excluded.set_at
					returning (xmax = 0) as created""", Boolean.class, user.username(), now,
					chunk.stream().map(ImportedTarget::unitCode).toArray(String[]::new),
					chunk.stream().map(ImportedTarget::period).toArray(String[]::new),
					chunk.stream().map(ImportedTarget::count).toArray(Integer[]::new))
				.stream().filter(Boolean.TRUE::equals).count();
		}
		progress.report(progressId, "done", read.size(), read.size());
		return new Result(read.size(), created, read.size() - created);
	}

	private Map<String, Unit> known(List<ImportedTarget> read) {
		List<String> codes = read.stream().map(ImportedTarget::unitCode).filter(code -> code != null).distinct().toList();
		Map<String, Unit> known = new HashMap<>();
		for (int from = 0; from < codes.size(); from += CHUNK) {
			units.findByCodeIn(codes.subList(from, Math.min(codes.size(), from + CHUNK)))
				.forEach(unit -> known.put(unit.code(), unit));
		}
		return known;
	}

	private Optional<ProblemException> periodProblem(String period) {
		try {
			targets.checkPeriod(period);
			return Optional.empty();
		}
		catch (ProblemException refusal) {
			return Optional.of(refusal);
		}
	}
}
