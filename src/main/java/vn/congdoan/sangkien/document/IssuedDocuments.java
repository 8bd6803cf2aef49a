package vn.congdoan.sangkien.document;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates issued, one per initiative and kind: asked again, the same code comes back, so that a paper
 * printed twice is checked as one. Two first requests at once insert one row ({@code on conflict do nothing}) and
 * both read it.
 */
@Component
class IssuedDocuments {

	/** Crockford's base 32: no I, L, O or U, which a reader would mistake when typing the code from paper. */
	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** 16 characters of 5 bits: 80 random bits, which nobody guesses. */
	private static final int CODE_LENGTH = 16;

	private static final String COLUMNS = "kind, initiative_id, code, issued_at, issued_to, title, unit_name, "
			+ "recognition_date, award";

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	IssuedDocuments(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The certificate of this kind for the initiative: issued now with a new code if it never was, else as it was. */
	@Transactional
	IssuedDocument issue(DocumentKind kind, long initiativeId, Long commendationId, String award, String issuedTo,
			String title, String unitName, LocalDate recognitionDate, String issuedBy) {
		jdbc.update("""
				insert into issued_document (kind, initiative_id, commendation_id, code, issued_at, issued_to, issued_by,
				    title, unit_name, recognition_date, award)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (kind, initiative_id) do nothing""", kind.name(), initiativeId, commendationId, newCode(),
				Timestamp.from(clock.instant()), issuedTo, issuedBy, title, unitName, recognitionDate, award);
		return jdbc.queryForObject("select " + COLUMNS + " from issued_document where kind = ? and initiative_id = ?",
				IssuedDocuments::issued, kind.name(), initiativeId);
	}

	/** The certificate with this code, typed in either case. */
	@Transactional(readOnly = true)
	Optional<IssuedDocument> find(String code) {
		String typed = code.strip().toUpperCase(Locale.ROOT);
		return jdbc.query("select " + COLUMNS + " from issued_document where code = ?", IssuedDocuments::issued, typed)
			.stream()
			.findFirst();
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static IssuedDocument issued(ResultSet row, int index) throws SQLException {
		return new IssuedDocument(DocumentKind.valueOf(row.getString("kind")), row.getLong("initiative_id"),
				row.getString("code"), row.getTimestamp("issued_at").toInstant(), row.getString("issued_to"),
				row.getString("title"), row.getString("unit_name"), row.getObject("recognition_date", LocalDate.class),
				row.getString("award"));
	}
}
