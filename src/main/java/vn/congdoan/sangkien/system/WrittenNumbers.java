package vn.congdoan.sangkien.system;

/** Numbers as people in Vietnam type them into a form. */
public final class WrittenNumbers {

	private WrittenNumbers() {
	}

	/**
	 * A whole number written with or without thousands separators (1.234.567, 1 234 567, 1234567), or
	 * null: "12.5" is not read as 125.
	 */
	public static Long wholeNumber(String text) {
		if (text == null) {
			return null;
		}
		String written = text.strip().replace('\u00a0', ' ');
		if (!written.matches("\\d{1,15}|\\d{1,3}([. ]\\d{3}){1,4}")) {
			return null;
		}
		return Long.valueOf(written.replaceAll("[. ]", ""));
	}
}
