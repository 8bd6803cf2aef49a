package vn.congdoan.sangkien.unit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congdoan.sangkien.system.ProblemException;
import vn.congdoan.sangkien.system.SearchWords;

/**
 * The union picker: the units of a level whose name or code has every word asked for at the start of one of its
 * words, with or without accents ("cau giay" finds "Công đoàn ... Cầu Giấy"; "CDCS-01-00" finds codes that start
 * so), at most {@link #MAX_RESULTS}, by name. Words in most names ("cong doan co so") fill the page from the first
 * {@link #WALKED} names in order (index {@code unit_level_name}, V18); rarer words, which do not, go to the
 * trigram index of {@code unit.search_words}, whose few candidates are cheap to sort. Measured among 126,000
 * units in {@code UnitImportMeasurement}.
 */
@Service
public class UnitSearch {

	public static final int MAX_RESULTS = 20;

	/** How many names, in order, the search for common words walks before it asks the trigram index. */
	static final int WALKED = 2_000;

	private final JdbcTemplate jdbc;

	UnitSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Found> find(String q, UnitLevel level) {
		SearchWords words = SearchWords.of(q);
		if (words.tooShort()) {
			throw ProblemException.badRequest("unit.search.too-short", SearchWords.MIN_LETTERS);
		}
		if (words.tooMany()) {
			throw ProblemException.badRequest("unit.search.too-many-words", SearchWords.MAX_WORDS);
		}
		String matching = words.matching("search_words");
		List<Object> arguments = new ArrayList<>(List.of(level.name()));
		arguments.addAll(words.words());
		String page = " order by name, code limit " + MAX_RESULTS;
		List<Object> walkArguments = new ArrayList<>(arguments);
		walkArguments.add(1, WALKED);
		List<Found> walked = jdbc.query("select code, name, level, parent_code from (select * from unit where level = ? "
				+ "order by name, code limit ?) u where true" + matching + page, this::found, walkArguments.toArray());
		return walked.size() == MAX_RESULTS ? walked
				: jdbc.query("select code, name, level, parent_code from unit where level = ?" + matching + page, this::found,
						arguments.toArray());
	}

	private Found found(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new Found(row.getString("code"), row.getString("name"), UnitLevel.valueOf(row.getString("level")),
				row.getString("parent_code"));
	}

	/** A unit the picker offers. */
	public record Found(String code, String name, UnitLevel level, String parentCode) {
	}
}
