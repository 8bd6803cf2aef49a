package vn.congdoan.sangkien.initiative;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * counts persons, not names: a member by their account ("member:tacgia.hn"), a person without one by their
 * name unaccented, lower-cased and in single spaces, and their date of birth ("nguyen van an|1985-04-12"). Two
 * members both named "Nguyễn Văn An" are two persons; one person named on two initiatives is one. A credited author
 * written before dates of birth keeps the key they were counted under ("name:" and the lower-cased name). The SQL
 * function {@code person_key} (V20), which the national data set's generator uses, gives the same keys.
 */
final class PersonKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private PersonKey() {
	}

	static String of(String username, String fullName, LocalDate dateOfBirth) {
		if (username != null) {
			return "member:" + username;
		}
		if (dateOfBirth != null) {
			return normalisedName(fullName) + "|" + dateOfBirth;
		}
		return "name:" + fullName.toLowerCase(Locale.ROOT);
	}

	/** "  Nguyễn  Văn ĐỨC " reads "nguyen van duc", as {@code search_text} (unaccent, V7) does with single spaces. */
	static String normalisedName(String fullName) {
		String unaccented = MARKS.matcher(Normalizer.normalize(fullName, Normalizer.Form.NFD)).replaceAll("")
			.replace('đ', 'd')
			.replace('Đ', 'D');
		return SPACES.matcher(unaccented.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
	}
}
