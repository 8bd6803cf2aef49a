package vn.congdoan.sangkien.devservices;

/**
 * A service the application starts for itself in dev and tests (PostgreSQL, Keycloak) could not start.
 * The message is what a newcomer reads: it names the port, the directory or the log file to look at.
 */
public class DevServiceException extends RuntimeException {

	public DevServiceException(String message) {
		super(message);
	}

	public DevServiceException(String message, Throwable cause) {
		super(message, cause);
	}
}
