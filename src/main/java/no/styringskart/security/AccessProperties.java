package no.styringskart.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what. There are no default credentials: with no admin token configured, nothing can write.
 *
 * @param adminToken bearer token that may change the graph (reload the seed, import); unset disables writes
 * @param readToken bearer token that may read when {@code reads} is {@code authenticated}
 * @param reads whether reading the graph is open to anyone (default) or needs a token
 */
@ConfigurationProperties("styringskart.security")
public record AccessProperties(String adminToken, String readToken, Reads reads) {

	public enum Reads {

		OPEN, AUTHENTICATED

	}

	public AccessProperties {
		reads = (reads != null) ? reads : Reads.OPEN;
		adminToken = blankToNull(adminToken);
		readToken = blankToNull(readToken);
	}

	private static String blankToNull(String token) {
		return (token == null || token.isBlank()) ? null : token;
	}

}
