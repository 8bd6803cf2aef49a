package vn.congdoan.sangkien.devservices;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports on the loopback interface, where every service started by the application listens. */
final class LocalPorts {

	private LocalPorts() {
	}

	/** The given port when it is free, a free port chosen by the system when it is 0. */
	static int claim(int port, String service, String logHint) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new DevServiceException(service + " cannot start: port " + port
					+ " on 127.0.0.1 is already in use. Stop what holds it (ss -ltnp 'sport = :" + port
					+ "') or choose another port" + logHint + ".");
		}
	}
}
