package vn.congdoan.sangkien.unit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.congdoan.sangkien.system.Download;
import vn.congdoan.sangkien.system.ImportProgress;
import vn.congdoan.sangkien.system.RowsRefused;
import vn.congdoan.sangkien.system.TableFile;
import vn.congdoan.sangkien.unit.UnitFile.ImportedUnit;

/**
 * The union tree from the union's own file (issue "A real union", section 1): new units are added; the
 * units already stored get the file's name, parent, cluster and member count (member counts change every
 * quarter and drive participation, R-4.3). A unit the file leaves out stays as it is: the platform never
 * deletes a unit, and a unit with initiatives cannot be deleted at all (its initiatives refer to it).
 * <p>
 * All or nothing: the file is checked whole in memory, then written in one transaction, a few thousand
 * units per statement, so that 126,000 units take seconds. A unit already counted in the running totals
 * keeps its parent ({@link CountedUnits}); a blank cluster leaves the stored one.
 */
@Service
public class UnitImport {

	/** Units per statement: 6 arrays of 5,000 values each, well inside one round trip. */
	private static final int CHUNK = 5_000;

	private final JdbcTemplate jdbc;

	private final UnitTree tree;

	private final KnownClusters clusters;

	private final CountedUnits counted;

	private final ImportProgress progress;

	UnitImport(JdbcTemplate jdbc, UnitTree tree, KnownClusters clusters, CountedUnits counted, ImportProgress progress) {
		this.jdbc = jdbc;
		this.tree = tree;
		this.clusters = clusters;
		this.counted = counted;
		this.progress = progress;
	}

	/** The template's header, the columns {@link UnitFile} reads by position, and an example row. */
	private static final List<String> HEADER = List.of("code", "name", "parent_code", "level", "cluster_code", "member_count");

	private static final List<String> EXAMPLE = List.of("CDCS-01-9999", "Công đoàn cơ sở Công ty Ví Dụ", "CTTT-01-001", "4", "",
			"120");

	/** How an import changed the tree. */
	public record Result(int rows, int created, int updated, int unchanged) {
	}

	/** The file to fill in: {@code xlsx} or {@code csv}. */
	public Download template(String format) {
		return TableFile.template("don-vi", format, HEADER, EXAMPLE);
	}

	/**
	 * Imports a file (.xlsx or .csv); refuses it whole (422, every row problem) if any row is wrong. The page
	 * passes an id to follow the import's progress by ({@link ImportProgress}), the API none.
	 */
	@Transactional
	public Result importFile(MultipartFile upload, String progressId) {
		progress.report(progressId, "reading", 0, 0);
		List<TableFile.Row> rows = TableFile.read(upload);
		progress.report(progressId, "checking", 0, rows.size());
		UnitFile file = UnitFile.check(rows, tree.places(), clusters.codes(), counted);
		if (!file.problems().isEmpty()) {
			progress.report(progressId, "refused", rows.size(), rows.size());
			throw new RowsRefused(file.problems());
		}
		List<ImportedUnit> units = file.units();
		int created = 0;
		int updated = 0;
		for (int from = 0; from < units.size(); from += CHUNK) {
			progress.report(progressId, "writing", from, units.size());
			List<ImportedUnit> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
			for (Map<String, Object> written : upsert(chunk)) {
				if (Boolean.TRUE.equals(written.get("created"))) {
					created++;
				}
				else {
					updated++;
				}
			}
		}
		progress.report(progressId, "done", units.size(), units.size());
		return new Result(units.size(), created, updated, units.size() - created - updated);
	}

	/**
	 * Inserts the new units, updates the changed ones (an unchanged row is not written, not counted); the
	 * level of a stored unit never changes (the check refused it). Returns one row per unit written.
	 */
	private List<Map<String, Object>> upsert(List<ImportedUnit> chunk) {
		return jdbc.queryForList("""
				insert into unit (code, name, level, parent_code, cluster_code, member_count)
				select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[])
				on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code,
				    cluster_code = coalesce(excluded.cluster_code, unit.cluster_code), member_count = excluded.member_count
				where (unit.name, unit.parent_code, unit.cluster_code, unit.member_count)
				    is distinct from (excluded.name, excluded.parent_code, coalesce(excluded.cluster_code, unit.cluster_code), excluded.member_count)
				returning (xmax = 0) as created""",
				chunk.stream().map(ImportedUnit::code).toArray(String[]::new),
				chunk.stream().map(ImportedUnit::name).toArray(String[]::new),
				chunk.stream().map(unit -> unit.level().name()).toArray(String[]::new),
				chunk.stream().map(ImportedUnit::parentCode).toArray(String[]::new),
				chunk.stream().map(ImportedUnit::clusterCode).toArray(String[]::new),
				chunk.stream().map(ImportedUnit::memberCount).toArray(Integer[]::new));
	}
}
