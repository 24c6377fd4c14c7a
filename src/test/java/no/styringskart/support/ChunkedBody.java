package no.styringskart.support;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/** A request body sent chunked, without Content-Length, so a size limit has to be enforced while reading. */
public final class ChunkedBody {

	private ChunkedBody() {
	}

	public static HttpRequest.BodyPublisher of(byte[] bytes) {
		HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofByteArray(bytes);
		return new HttpRequest.BodyPublisher() {
			@Override
			public long contentLength() {
				return -1;
			}

			@Override
			public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
				known.subscribe(subscriber);
			}
		};
	}

}
