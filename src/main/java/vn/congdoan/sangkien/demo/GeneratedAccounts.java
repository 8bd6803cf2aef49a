package vn.congdoan.sangkien.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import vn.congdoan.sangkien.identity.PlatformUser;
import vn.congdoan.sangkien.identity.Role;
import vn.congdoan.sangkien.identity.UnitRole;

/**
 * Keycloak accounts for the busiest unions of the national data set, like the demo users of
 * {@code keycloak/sangkien-realm.json} (one role in one unit, the attribute and claim {@code unit_role}), created
 * through Keycloak's admin
 * REST API with the dev admin console's credentials; and the password-grant client {@code sangkien-benchmark}
 * (as docs/benchmarks/busy-inbox.sh adds it) so that a benchmark can get their tokens. The list goes to a
 * CSV file (username,role,unit) the benchmark reads.
 */
@Component
class GeneratedAccounts {

	private static final Log LOG = LogFactory.getLog(GeneratedAccounts.class);

	/** The people of a grassroots union who decide its tasks, by the prefix of their generated usernames. */
	private static final Map<String, String> STAFF = Map.of("hotro.", "support-team", "hoidong.", "council",
			"canbo.", "union-officer");

	record Account(String username, String role, String unit) {

		/** The account's one pair, {@code council:CDCS-01-0001}. */
		String unitRole() {
			return new UnitRole(Role.ofId(role).orElseThrow(), unit).id();
		}
	}

	private final JdbcTemplate jdbc;

	private final String keycloakUrl;

	private final String adminPassword;

	GeneratedAccounts(JdbcTemplate jdbc, @Value("${sangkien.keycloak.url}") String keycloakUrl,
			@Value("${sangkien.devservices.keycloak.admin-password}") String adminPassword) {
		this.jdbc = jdbc;
		this.keycloakUrl = keycloakUrl;
		this.adminPassword = adminPassword;
	}

	/**
	 * Who gets an account: the support team, council and officer of the busiest union and the authors of its
	 * open initiatives; then the staff and the two most prolific authors of the next biggest unions.
	 */
	List<Account> chosen(NationalDataSetSettings settings, String busiest) {
		List<Account> accounts = new ArrayList<>();
		List<String> units = new ArrayList<>(List.of(busiest));
		units.addAll(jdbc.queryForList(NationalDataSet.query("biggest-unions"), String.class, busiest));
		for (String unit : units) {
			STAFF.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(staff -> accounts.add(new Account(staff.getKey() + lower(unit), staff.getValue(), unit)));
		}
		jdbc.queryForList(NationalDataSet.query("authors-of-union"), String.class, busiest)
			.forEach(author -> accounts.add(new Account(author, "author", busiest)));
		for (String unit : units.subList(1, units.size())) {
			jdbc.queryForList(NationalDataSet.query("most-prolific-authors"), String.class, unit)
				.forEach(author -> accounts.add(new Account(author, "author", unit)));
		}
		return accounts.stream().distinct().limit(settings.accounts()).toList();
	}

	/** Creates the accounts that are not there yet and writes the list; returns how many it created. */
	int create(NationalDataSetSettings settings, List<Account> accounts) {
		addBenchmarkClient(admin());
		int created = 0;
		for (Account account : accounts) {
			// The admin console's token lives a minute: a fresh one for each account.
			if (createUser(admin(), account, settings.accountPassword())) {
				created++;
			}
		}
		write(settings, accounts);
		LOG.info("Keycloak accounts: " + created + " created, " + (accounts.size() - created) + " there already; listed in "
				+ settings.usersFile().toAbsolutePath());
		return created;
	}

	private boolean createUser(RestClient admin, Account account, String password) {
		String name = jdbc.queryForObject("select generator_person_name(?)", String.class, account.username());
		int family = name.indexOf(' ');
		Map<String, Object> user = Map.of("username", account.username(), "enabled", true, "emailVerified", true,
				"firstName", name.substring(family + 1), "lastName", name.substring(0, family),
				"email", account.username() + "@generated.sangkien.vn",
				"attributes", Map.of(PlatformUser.UNIT_ROLE_CLAIM, List.of(account.unitRole())),
				"credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
		try {
			admin.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(user).retrieve().toBodilessEntity();
			return true;
		}
		catch (HttpClientErrorException e) {
			if (e.getStatusCode() == HttpStatus.CONFLICT) {
				return false;
			}
			throw e;
		}
	}

	private void addBenchmarkClient(RestClient admin) {
		Map<String, Object> client = Map.of("clientId", "sangkien-benchmark", "publicClient", true,
				"directAccessGrantsEnabled", true, "standardFlowEnabled", false, "protocolMappers",
				List.of(Map.of("name", PlatformUser.UNIT_ROLE_CLAIM, "protocol", "openid-connect", "protocolMapper",
						"oidc-usermodel-attribute-mapper", "config",
						Map.of("user.attribute", PlatformUser.UNIT_ROLE_CLAIM, "claim.name", PlatformUser.UNIT_ROLE_CLAIM,
								"jsonType.label", "String", "multivalued", "true", "access.token.claim", "true",
								"id.token.claim", "true"))));
		try {
			admin.post().uri("/clients").contentType(MediaType.APPLICATION_JSON).body(client).retrieve().toBodilessEntity();
		}
		catch (HttpClientErrorException e) {
			if (e.getStatusCode() != HttpStatus.CONFLICT) {
				throw e;
			}
		}
	}

	private RestClient admin() {
		return RestClient.builder().baseUrl(keycloakUrl + "/admin/realms/sangkien")
			.defaultHeader("Authorization", "Bearer " + adminToken()).build();
	}

	private String adminToken() {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("client_id", "admin-cli");
		form.add("username", "admin");
		form.add("password", adminPassword);
		form.add("grant_type", "password");
		Map<?, ?> token = RestClient.create().post().uri(keycloakUrl + "/realms/master/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
		return (String) token.get("access_token");
	}

	private static void write(NationalDataSetSettings settings, List<Account> accounts) {
		try {
			if (settings.usersFile().toAbsolutePath().getParent() != null) {
				Files.createDirectories(settings.usersFile().toAbsolutePath().getParent());
			}
			Files.writeString(settings.usersFile(), "username,role,unit" + System.lineSeparator()
					+ accounts.stream().map(a -> a.username() + "," + a.role() + "," + a.unit())
						.collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator())));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String lower(String unit) {
		return unit.toLowerCase(java.util.Locale.ROOT);
	}
}
