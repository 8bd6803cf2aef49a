package vn.congdoan.sangkien.devservices;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail server of dev and tests: GreenMail's SMTP on the loopback interface, holding what the platform
 * sends so that a developer reads it on {@code /dev/mail} and a test reads it back. One per JVM, like the
 * other services.
 */
public final class MailService {

	private static volatile MailService running;

	private final GreenMail server;

	private MailService(GreenMail server) {
		this.server = server;
	}

	static MailService start(int port) {
		int free = LocalPorts.claim(port, "The dev mail server", " (sangkien.devservices.mail.port)");
		GreenMail server = new GreenMail(new ServerSetup(free, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		running = new MailService(server);
		return running;
	}

	/** The mail server of this JVM, when the platform started one (dev and tests, no SMTP host configured). */
	public static Optional<MailService> running() {
		return Optional.ofNullable(running);
	}

	int port() {
		return server.getSmtp().getPort();
	}

	/** Every message received since the start, oldest first. */
	public List<MimeMessage> received() {
		return Arrays.asList(server.getReceivedMessages());
	}

	void stop() {
		server.stop();
	}
}
