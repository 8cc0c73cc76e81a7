package org.hearth.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which address. Deny by default: every address needs a fully signed-in member of staff
 * unless it is listed as public here; pages and endpoints that show personal records also check the
 * access policy, and those that need a capability say so with {@code @PreAuthorize}.
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SignInSettings.class)
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self'; script-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	StaffAuthenticationProvider staffAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder encoder,
			SignInSettings settings) {
		return new StaffAuthenticationProvider(users, encoder, settings);
	}

	@Bean
	ProviderManager authenticationManager(StaffAuthenticationProvider provider,
			AuthenticationEventPublisher publisher) {
		var manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(publisher);
		return manager;
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(
			org.springframework.context.ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/**
	 * The JSON API: answers 401 and 403 with a problem body, never a redirect to the sign-in page. The
	 * metrics for Prometheus go through it too: scraped with a system administrator's personal API token
	 * (the organisation-administration capability), never public.
	 */
	private static final String METRICS = "/actuator/prometheus";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ApiProblems problems, ProviderManager manager,
			AccessVersionCheck accessVersions) throws Exception {
		http.securityMatcher("/api/**", METRICS)
			.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(METRICS).hasAuthority(org.hearth.access.Capability.ORGANISATION_ADMIN.authority())
				.anyRequest().hasAuthority(Authorities.STAFF))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(accessVersions.forApi(), AuthorizationFilter.class)
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesBearerToken))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> problems.write(response, 401, "Not signed in",
						"Sign in, or send a personal API token as 'Authorization: Bearer <token>'."))
				.accessDeniedHandler((request, response, e) -> problems.write(response, 403, "Forbidden",
						"Your role does not allow this.")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ProviderManager manager,
			ObjectProvider<ClientRegistrationRepository> oidc, OidcSignIn oidcSignIn, AccessVersionCheck accessVersions)
			throws Exception {
		http.authenticationManager(manager)
			.addFilterBefore(accessVersions.forPages(), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/enquire", "/enquire/thank-you", "/enquire/privacy", "/error", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/login/code").hasAuthority(Authorities.SECOND_FACTOR_PENDING)
				.requestMatchers("/login/set-up-second-factor").hasAuthority(Authorities.SECOND_FACTOR_ENROLMENT)
				.anyRequest()
				.hasAuthority(Authorities.STAFF))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(SecurityConfiguration::afterPassword)
				.failureHandler(signInFailed()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		if (oidc.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/login")
				.successHandler(oidcSignIn)
				.failureHandler(signInFailed()));
		}
		return http.build();
	}

	/** After the password: on to the second factor where there is one, else back where the user was going. */
	private static void afterPassword(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		for (var authority : authentication.getAuthorities()) {
			if (Authorities.SECOND_FACTOR_PENDING.equals(authority.getAuthority())) {
				response.sendRedirect(request.getContextPath() + "/login/code");
				return;
			}
			if (Authorities.SECOND_FACTOR_ENROLMENT.equals(authority.getAuthority())) {
				response.sendRedirect(request.getContextPath() + "/login/set-up-second-factor");
				return;
			}
		}
		new SavedRequestAwareAuthenticationSuccessHandler().onAuthenticationSuccess(request, response, authentication);
	}

	/** The same answer for a wrong password, an unknown name, a locked or a disabled account. */
	private static AuthenticationFailureHandler signInFailed() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> response
			.sendRedirect(request.getContextPath() + "/login?error");
	}

	private static boolean carriesBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}
}
