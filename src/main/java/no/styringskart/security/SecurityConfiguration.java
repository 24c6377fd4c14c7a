package no.styringskart.security;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Stateless token security: no sessions, cookies, login forms or generated passwords. Writes are guarded per
 * GraphQL field ({@code @PreAuthorize}), so a refused mutation gets a GraphQL error, and at the HTTP door for
 * the admin endpoints under {@code /admin/}; reads are guarded at the door only when the operator asks for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

	/**
	 * Everything the explorer and GraphiQL load comes from the app itself, so the pages may load nothing from
	 * elsewhere, run no inline script and be framed by no one. Inline styles are allowed: the bundled GraphiQL page
	 * and the chart library's tooltips set them.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
			+ "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain api(HttpSecurity http, AccessProperties access) {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new ApiTokenFilter(access), AnonymousAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED, request.getRequestURI().startsWith("/admin/")
						? "The admin bearer token is required" : "A bearer token is required to read this graph");
			}))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll();
				requests.requestMatchers("/admin/**").hasRole(ApiTokenFilter.ADMIN);
				if (access.reads() == AccessProperties.Reads.AUTHENTICATED) {
					requests.requestMatchers("/graphql/**", "/graphql", "/papers/**").hasRole(ApiTokenFilter.READER);
				}
				requests.anyRequest().permitAll();
			});
		return http.build();
	}

	/**
	 * Spring Security would observe every filter of the chain on every request, a dozen observation events per
	 * request that no metric or trace of this app reads; the HTTP request itself is still observed.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

}
