package vn.congdoan.sangkien.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.Refusal;
import vn.congdoan.sangkien.unit.KnownClusters;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.Units;

/** The emulation clusters and blocs of the units directly under VGCL: data the VGCL Office manages. */
@RestController
@Tag(name = "Programme")
public class EmulationClusters implements KnownClusters {

	private final JdbcTemplate jdbc;

	private final Units units;

	EmulationClusters(JdbcTemplate jdbc, Units units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	@GetMapping("/api/public/clusters")
	@Operation(summary = "The emulation clusters and blocs with their member units (public)")
	public List<Map<String, Object>> clusters() {
		Map<String, String> members = units.findByClusterCodeNotNullOrderByCode().stream()
			.collect(Collectors.groupingBy(Unit::clusterCode, Collectors.mapping(Unit::code, Collectors.joining(","))));
		return jdbc.query("select code, name, kind from emulation_cluster order by code", (rs, n) -> {
			Map<String, Object> cluster = new LinkedHashMap<>();
			cluster.put("code", rs.getString(1));
			cluster.put("name", rs.getString(2));
			cluster.put("kind", rs.getString(3));
			cluster.put("units", members.getOrDefault(rs.getString(1), ""));
			return cluster;
		});
	}

	/** The blocs (sector and corporate unions), which R-7.2's phase-1 review judges only if the Office says so. */
	public Set<String> blocs() {
		return Set.copyOf(jdbc.queryForList("select code from emulation_cluster where kind = 'BLOC'", String.class));
	}

	@Override
	public Set<String> codes() {
		return Set.copyOf(jdbc.queryForList("select code from emulation_cluster", String.class));
	}

	@PutMapping("/api/clusters/{code}")
	@PreAuthorize("hasRole('programme-office')")
	@Transactional
	@Operation(summary = "Create or rename a cluster or bloc")
	Map<String, Object> save(@PathVariable @Size(max = 32) String code, @Valid @RequestBody Cluster cluster) {
		jdbc.update("""
				insert into emulation_cluster (code, name, kind) values (?, ?, ?)
				on conflict (code) do update set name = excluded.name, kind = excluded.kind""",
				code, cluster.name().strip(), cluster.kind());
		return Map.of("code", code, "name", cluster.name().strip(), "kind", cluster.kind());
	}

	@PutMapping("/api/clusters/{code}/units/{unitCode}")
	@PreAuthorize("hasRole('programme-office')")
	@Transactional
	@Refusal(status = HttpStatus.NOT_FOUND, code = "cluster.unknown")
	@Refusal(status = HttpStatus.BAD_REQUEST, code = "cluster.unit.not-level2")
	@Operation(summary = "Put a unit directly under VGCL into a cluster or bloc")
	Map<String, Object> assign(@PathVariable String code, @PathVariable String unitCode) {
		if (jdbc.queryForObject("select count(*) from emulation_cluster where code = ?", Integer.class, code) == 0) {
			throw ProblemException.notFound("cluster.unknown", code);
		}
		if (units.putIntoCluster(unitCode, code) == 0) {
			throw ProblemException.badRequest("cluster.unit.not-level2", unitCode);
		}
		return Map.of("code", code, "unitCode", unitCode);
	}

	record Cluster(@NotBlank @Size(max = 255) String name, @NotBlank @Pattern(regexp = "CLUSTER|BLOC") String kind) {
	}
}
