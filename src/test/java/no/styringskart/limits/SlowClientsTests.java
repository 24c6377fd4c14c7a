package no.styringskart.limits;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client that sends its request body a byte at a time, or stops sending, is answered 408 and let go once the
 * arrival limit is up, instead of holding one of the server's worker threads for as long as it likes. The HTTP port
 * listens on loopback only unless an operator opens it.
 */
@StyringskartTest
class SlowClientsTests {

	@LocalServerPort
	int port;

	@Test
	void aBodySentAByteAtATimeIsCutOffAtTheArrivalLimit() throws Exception {
		String body = "{\"query\":\"{ about { nodeCount } }\"}" + " ".repeat(400);
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
					+ body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			long started = System.nanoTime();
			// one byte every 100 ms would take 40 s to arrive
			String answer = null;
			for (int i = 0; i < body.length() && answer == null; i++) {
				try {
					out.write(body.charAt(i));
					out.flush();
				}
				catch (java.io.IOException closed) {
					break; // the server has answered and closed
				}
				Thread.sleep(100);
				answer = available(socket.getInputStream());
			}
			if (answer == null) {
				answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
			}
			// the limit is 10 s; today's server read on for the whole 40 s
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(16));
			assertThat(answer).startsWith("HTTP/1.1 408");
		}
	}

	@Test
	void aBodyThatStopsArrivingIsAnsweredAfterTheConnectionTimeout() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100\r\n\r\n{\"query\":").getBytes(StandardCharsets.US_ASCII));
			long started = System.nanoTime();
			String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));
			assertThat(answer).startsWith("HTTP/1.1 408");
		}
	}

	@Test
	void theHttpPortListensOnLoopbackOnly(@Autowired ApplicationContext context) throws Exception {
		var tomcat = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
		Object address = tomcat.getTomcat().getConnector().getProperty("address");
		assertThat(address).isInstanceOfSatisfying(InetAddress.class, a -> assertThat(a.isLoopbackAddress()).isTrue());
		Optional<InetAddress> outward = Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
			.findFirst();
		if (outward.isPresent()) {
			assertThatThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(outward.get(), this.port), 2000);
				}
			}).isInstanceOf(java.io.IOException.class);
		}
	}

	private static String available(InputStream in) throws java.io.IOException {
		if (in.available() == 0) {
			return null;
		}
		return new String(in.readNBytes(Math.min(in.available(), 12)), StandardCharsets.US_ASCII);
	}

}
