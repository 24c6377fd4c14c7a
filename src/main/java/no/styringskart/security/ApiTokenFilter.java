package no.styringskart.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <token>} into the admin or reader role. A token that matches neither is
 * refused outright with 401, so a typo in a client's configuration shows at once instead of as missing rights.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	static final String ADMIN = "ADMIN";

	static final String READER = "READER";

	private static final String BEARER = "Bearer ";

	private final AccessProperties access;

	ApiTokenFilter(AccessProperties access) {
		this.access = access;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			String token = header.substring(BEARER.length()).strip();
			List<String> roles = matches(token, this.access.adminToken()) ? List.of(ADMIN, READER)
					: matches(token, this.access.readToken()) ? List.of(READER) : List.of();
			if (roles.isEmpty()) {
				refuse(response);
				return;
			}
			var authentication = UsernamePasswordAuthenticationToken.authenticated(roles.getFirst().toLowerCase(), null,
					AuthorityUtils.createAuthorityList(roles.stream().map(r -> "ROLE_" + r).toList()));
			SecurityContextHolder.getContext().setAuthentication(authentication);
		}
		chain.doFilter(request, response);
	}

	/** Constant-time comparison, so response timing does not leak how much of a guess was right. */
	private static boolean matches(String given, String expected) {
		return expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}

	private static void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("""
				{"errors":[{"message":"The bearer token is not valid for this server","extensions":{"classification":"UNAUTHORIZED"}}]}""");
	}

}
