package no.styringskart.limits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request body in full before anything parses it, and refuses it when it is over the size limit (413, by
 * its declared length when there is one), when it takes longer than the arrival limit to come in (408: a client
 * sending a byte at a time would otherwise hold a worker thread for as long as it likes), or, for GraphQL, when it
 * is not a JSON object (400).
 */
final class RequestBodyFilter extends OncePerRequestFilter {

	private static final int CHUNK = 8192;

	private final long maxBytes;

	/** The property that sets the limit, named in the refusal so an operator knows what to raise. */
	private final String property;

	private final Duration arrival;

	private final boolean graphQl;

	RequestBodyFilter(DataSize max, String property, Duration arrival, boolean graphQl) {
		this.maxBytes = max.toBytes();
		this.property = property;
		this.arrival = arrival;
		this.graphQl = graphQl;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body has " + declared
					+ " bytes; at most " + this.maxBytes + " are accepted (" + this.property + ")");
			return;
		}
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long deadline = System.nanoTime() + this.arrival.toNanos();
		ByteArrayOutputStream body = new ByteArrayOutputStream((declared > 0) ? (int) declared : CHUNK);
		InputStream in = request.getInputStream();
		byte[] chunk = new byte[CHUNK];
		for (int read = readOrStop(in, chunk); read != -1; read = readOrStop(in, chunk)) {
			if (read == STOPPED) {
				response.setHeader("Connection", "close");
				refuse(response, HttpServletResponse.SC_REQUEST_TIMEOUT, "The request body stopped arriving before "
						+ "it was complete (server.tomcat.connection-timeout)");
				return;
			}
			body.write(chunk, 0, read);
			if (body.size() > this.maxBytes) {
				refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body has more than "
						+ this.maxBytes + " bytes; at most " + this.maxBytes + " are accepted (" + this.property + ")");
				return;
			}
			if (System.nanoTime() > deadline) {
				response.setHeader("Connection", "close");
				refuse(response, HttpServletResponse.SC_REQUEST_TIMEOUT, "The request body took longer than "
						+ this.arrival.toSeconds() + " s to arrive (styringskart.limits.body-arrival-seconds)");
				return;
			}
		}
		byte[] bytes = body.toByteArray();
		if (this.graphQl && !jsonObject(bytes, request.getContentType())) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST,
					"The request body must be a JSON object with the GraphQL document as its query, e.g. "
							+ "{\\\"query\\\": \\\"{ about { nodeCount } }\\\"}");
			return;
		}
		chain.doFilter(new BufferedBody(request, bytes), response);
	}

	/** A read that timed out (the client sent nothing for the connection timeout) or broke off. */
	private static final int STOPPED = -2;

	private static int readOrStop(InputStream in, byte[] chunk) {
		try {
			return in.read(chunk);
		}
		catch (IOException ex) {
			return STOPPED;
		}
	}

	/** Whether a JSON body starts as an object; the GraphQL handler reads the rest and says what is wrong with it. */
	private static boolean jsonObject(byte[] body, String contentType) {
		if (contentType == null || !contentType.toLowerCase().contains("json")) {
			return true; // not JSON: the handler refuses the media type itself
		}
		for (byte b : body) {
			if (!Character.isWhitespace(b)) {
				return b == '{';
			}
		}
		return false;
	}

	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("""
				{"errors":[{"message":"%s","extensions":{"classification":"BAD_REQUEST"}}]}""".formatted(message));
	}

	/** The request with its body already read into memory. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already in memory");
				}
			};
		}

	}

}
