package vn.congdoan.sangkien;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on loopback in front of a server of the test run (Keycloak): what a node reaches through it stops
 * answering when the relay is {@link #cut() cut} (connection refused, open connections dropped, as when the
 * server stops) and answers again when it is {@link #open() opened}, on the same port, without touching the
 * server that every other test uses.
 */
public final class LoopbackRelay implements AutoCloseable {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private final int target;

	private final int port;

	private final ExecutorService pipes = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "loopback-relay");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

	private ServerSocket listener;

	private LoopbackRelay(int target, int port) {
		this.target = target;
		this.port = port;
	}

	/** An open relay on a free port to {@code targetPort} on loopback. */
	public static LoopbackRelay to(int targetPort) {
		int free;
		try (ServerSocket probe = new ServerSocket(0, 50, LOOPBACK)) {
			free = probe.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		LoopbackRelay relay = new LoopbackRelay(targetPort, free);
		relay.open();
		return relay;
	}

	public int port() {
		return port;
	}

	/** Accepts connections again, on the same port. */
	public synchronized void open() {
		try {
			ServerSocket server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(LOOPBACK, port));
			listener = server;
			pipes.execute(() -> accept(server));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The relay could not listen on port " + port + " again", e);
		}
	}

	/** Refuses new connections and drops the open ones. */
	public synchronized void cut() {
		closeQuietly(listener);
		connections.forEach(LoopbackRelay::closeQuietly);
		connections.clear();
	}

	@Override
	public void close() {
		cut();
		pipes.shutdownNow();
	}

	private void accept(ServerSocket server) {
		while (!server.isClosed()) {
			Socket client;
			try {
				client = server.accept();
			}
			catch (IOException e) {
				return; // closed by cut()
			}
			try {
				Socket upstream = new Socket(LOOPBACK, target);
				connections.add(client);
				connections.add(upstream);
				pipes.execute(() -> pipe(client, upstream));
				pipes.execute(() -> pipe(upstream, client));
			}
			catch (IOException e) {
				// The target refused: the client sees its connection end.
				closeQuietly(client);
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException e) {
			// One side closed: the other is closed below, as a TCP proxy does.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			connections.remove(from);
			connections.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception e) {
			// Already closed.
		}
	}
}
