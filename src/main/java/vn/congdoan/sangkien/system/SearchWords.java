package vn.congdoan.sangkien.system;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The words a picker is asked for, each matched at the start of a word of a {@code search_words} column: the row's
 * text unaccented and lower-cased once when it is written, each word preceded by a space (unit.search_words, V18;
 * member.search_words, V19). "cau giay" finds "Cầu Giấy", not "...ucau giay...". A search needs a word of
 * {@link #MIN_LETTERS} letters (a trigram index finds nothing shorter cheaply) and at most {@link #MAX_WORDS} words:
 * each picker refuses the others with its own code ({@link #tooShort()}, {@link #tooMany()}).
 */
public record SearchWords(List<String> words) {

	public static final int MAX_WORDS = 8;

	/** The trigram index needs two letters of a word ("  x" alone is in most rows). */
	public static final int MIN_LETTERS = 2;

	public SearchWords {
		words = List.copyOf(words);
	}

	/** The words of {@code q}: letters and digits, accents kept (the column's side takes them off). */
	public static SearchWords of(String q) {
		return new SearchWords(q == null ? List.of()
				: Arrays.stream(Normalizer.normalize(q, Normalizer.Form.NFC).split("[^\\p{L}\\p{M}\\p{N}]+"))
					.filter(word -> !word.isEmpty())
					.toList());
	}

	public boolean tooShort() {
		return words.stream().allMatch(word -> word.length() < MIN_LETTERS);
	}

	public boolean tooMany() {
		return words.size() > MAX_WORDS;
	}

	/** The condition on {@code column}, one {@code and} per word; {@link #words} are its arguments, in order. */
	public String matching(String column) {
		return (" and " + column + " like '% ' || search_text(?) || '%'").repeat(words.size());
	}
}
