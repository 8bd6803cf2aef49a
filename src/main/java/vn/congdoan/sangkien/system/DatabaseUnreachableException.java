package vn.congdoan.sangkien.system;

/** The configured database cannot be reached at start-up. */
class DatabaseUnreachableException extends RuntimeException {

	private final String url;

	DatabaseUnreachableException(String url, String reason) {
		super("The database at " + url + " cannot be reached: " + reason);
		this.url = url;
	}

	String url() {
		return url;
	}
}
