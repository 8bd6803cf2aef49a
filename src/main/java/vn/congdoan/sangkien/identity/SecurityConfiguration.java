package vn.congdoan.sangkien.identity;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.congdoan.sangkien.system.Problems;

/**
 * Two doors, one identity. The REST API takes Keycloak access tokens (bearer, no session); the pages
 * and Camunda's webapps use a Keycloak login (OIDC authorization code). Either way the roles of the
 * user's pairs (and the operator's realm role) become authorities and the request runs with its pairs as
 * Camunda groups.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * The pages run only the platform's own script files, so a script slipped into a page's data does not
	 * run; inline {@code style=} attributes stay allowed (Bootstrap's progress bar, Swagger UI). No default-src:
	 * Swagger UI fetches tokens from Keycloak, another origin. No page may be framed (clickjacking).
	 */
	static final String PAGES_POLICY = "script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; "
			+ "base-uri 'self'; frame-ancestors 'none'";

	private static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, Problems problems, IdentityService identityService,
			ObjectProvider<SignedInAccounts> accounts, IdentitySettings settings) throws Exception {
		JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(jwt -> authorities(PlatformUser.rolesOf(jwt.getClaims())));
		tokens.setPrincipalClaimName("preferred_username");
		// Camunda's REST API is its own servlet: a plain pattern would be read as a Spring MVC path, miss
		// it, and leave it to the pages' chain, where any signed-in session reached it.
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher engineRest = paths.matcher("/engine-rest/**");
		return http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), engineRest))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(deployments(paths, "/engine-rest")).denyAll()
				.requestMatchers(engineRest).hasRole(Role.CAMUNDA_ADMIN.id())
				.requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
				.anyRequest().authenticated())
			.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
				.authenticationEntryPoint((request, response, e) ->
						problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.unauthenticated")))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) ->
						problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.unauthenticated"))
				.accessDeniedHandler((request, response, e) ->
						problems.write(request, response, HttpStatus.FORBIDDEN, "auth.forbidden")))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterAfter(new CamundaAuthenticationFilter(identityService), AuthorizationFilter.class)
			.addFilterBefore(recheck(accounts, settings,
					(request, response) -> problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.account-disabled")),
					AuthorizationFilter.class)
			.addFilterBefore(new LogIdentity(), AuthorizationFilter.class)
			.build();
	}

	/**
	 * The platform deploys bpmn/ itself at start-up: a process or decision deployed, redeployed or deleted
	 * from outside would change the rules without review, so not even {@code camunda-admin} may (Camunda's REST
	 * API under {@code root}, for the default engine and for it by name; Cockpit's copy of it on the pages).
	 */
	private static RequestMatcher deployments(PathPatternRequestMatcher.Builder paths, String root) {
		return new OrRequestMatcher(List.of("", "/engine/*").stream()
			.flatMap(engine -> Stream.<RequestMatcher>of(paths.matcher(HttpMethod.POST, root + engine + "/deployment/create"),
					paths.matcher(HttpMethod.POST, root + engine + "/deployment/*/redeploy"),
					paths.matcher(HttpMethod.DELETE, root + engine + "/deployment/*")))
			.toList());
	}

	/**
	 * Each request checked against the account as Keycloak holds it now; with the setting at zero (the page
	 * slices' tests, which reach no Keycloak) the token's and the session's claims stand until they expire.
	 */
	private static Filter recheck(ObjectProvider<SignedInAccounts> accounts, IdentitySettings settings,
			AccountRecheck.Refusal refusal) {
		return settings.accounts().recheckAfter().isZero() ? (request, response, chain) -> chain.doFilter(request, response)
				: new AccountRecheck(accounts.getObject(), refusal);
	}

	/**
	 * The API takes only tokens issued to the platform's own clients ({@code sangkien.api.clients}): a
	 * token the same user got from the realm for another application (its account console, admin-cli)
	 * is refused. Spring Boot adds this check to those of the issuer.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> issuedToThePlatform(IdentitySettings settings) {
		Set<String> clients = settings.api().clients();
		return new JwtClaimValidator<String>("azp", client -> client != null && clients.contains(client));
	}

	/**
	 * The API takes access tokens only: an ID token of a platform client passes the issuer and {@code azp}
	 * checks too, but it is the client's proof of who signed in, not a grant to call the API. Keycloak names
	 * each token's kind in {@code typ} ({@code Bearer} for access tokens, {@code ID} for ID tokens).
	 */
	@Bean
	OAuth2TokenValidator<Jwt> accessTokensOnly() {
		return new JwtClaimValidator<String>("typ", "Bearer"::equals);
	}

	/** The API's token decoder (Spring Boot's, from the issuer) checks each token once until it expires. */
	@Bean
	static BeanPostProcessor checkEachTokenOnce() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JwtDecoder decoder && !(bean instanceof CheckedTokens) ? new CheckedTokens(decoder) : bean;
			}
		};
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations,
			IdentityService identityService, IdentitySettings settings, ObjectProvider<SignedInAccounts> accounts)
			throws Exception {
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		return http
			.authorizeHttpRequests(requests -> requests
				// A certificate's QR code opens /verify/{code} for anyone (document.Documents#verify).
				// A union notice's QR code opens /join/{unit} for anyone (membership.web.JoinPages).
				.requestMatchers("/", "/leaderboards", "/initiatives", "/verify/*", "/join/*", "/error", SignInAvailability.UNAVAILABLE, "/favicon.ico", "/css/**", "/js/**", "/images/**", "/webjars/**",
						"/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				// The load balancer's /livez and /readyz on the public port. Every actuator endpoint on the management
				// port, which the operators' network alone reaches (application.yaml, management.server): the matcher
				// matches no request of the public port, where the actuator is not.
				.requestMatchers(EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class),
						EndpointRequest.toAnyEndpoint())
				.permitAll()
				// An e-mail's unsubscribe link works without signing in: its signature says whose it is.
				.requestMatchers("/notifications/unsubscribe").permitAll()
				.requestMatchers(deployments(PathPatternRequestMatcher.withDefaults(), "/camunda/api/engine")).denyAll()
				.requestMatchers("/camunda/**").hasRole(Role.CAMUNDA_ADMIN.id())
				.anyRequest().authenticated())
			.oauth2Login(login -> login
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce(registrations)))
				.userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(roleAuthorities())))
			.logout(out -> out.logoutSuccessHandler(logout))
			// Camunda's webapps protect themselves with their own CSRF token.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
			.headers(headers -> headers
				.frameOptions(frame -> frame.sameOrigin())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				// Sent on requests that came over TLS (the proxy's X-Forwarded-Proto counts: forward-headers-strategy).
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(true))
				// Camunda's webapps send their own policy (they run inline scripts); a second one would be enforced too.
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
						new ContentSecurityPolicyHeaderWriter(PAGES_POLICY))))
			.addFilterAfter(new CamundaAuthenticationFilter(identityService), AuthorizationFilter.class)
			.addFilterBefore(new SignInAvailability(settings), OAuth2AuthorizationRequestRedirectFilter.class)
			// A page session of an account that is no more ends; the request goes on as anybody's, to the login if it must.
			.addFilterBefore(recheck(accounts, settings, (request, response) -> {
			}), AuthorizationFilter.class)
			.addFilterBefore(new LogIdentity(), AuthorizationFilter.class)
			.addFilterAfter(new FirstSignIn(), AuthorizationFilter.class)
			.oauth2Client(Customizer.withDefaults())
			.build();
	}

	/**
	 * The realm requires PKCE of every client, the confidential web client included. The "Đăng ký" link
	 * ({@code /oauth2/authorization/keycloak?register}) opens Keycloak's registration form rather than its sign-in
	 * form ({@code prompt=create}, OpenID Connect's "initiating user registration").
	 */
	private static OAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository registrations) {
		OAuth2AuthorizationRequestResolver signIn = resolver(registrations, OAuth2AuthorizationRequestCustomizers.withPkce());
		OAuth2AuthorizationRequestResolver signUp = resolver(registrations, OAuth2AuthorizationRequestCustomizers.withPkce()
			.andThen(request -> request.additionalParameters(parameters -> parameters.put("prompt", "create"))));
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				return (request.getParameter("register") == null ? signIn : signUp).resolve(request);
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				return (request.getParameter("register") == null ? signIn : signUp).resolve(request, registrationId);
			}
		};
	}

	private static OAuth2AuthorizationRequestResolver resolver(ClientRegistrationRepository registrations,
			Consumer<OAuth2AuthorizationRequest.Builder> customizer) {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(customizer);
		return resolver;
	}

	/** The pairs and realm roles arrive in the ID token (mappers on client {@code sangkien-web}); they become authorities. */
	private static GrantedAuthoritiesMapper roleAuthorities() {
		return granted -> {
			Set<GrantedAuthority> mapped = new HashSet<>(granted);
			granted.stream()
				.filter(OidcUserAuthority.class::isInstance)
				.map(OidcUserAuthority.class::cast)
				.forEach(oidc -> mapped.addAll(authorities(PlatformUser.rolesOf(oidc.getIdToken().getClaims()))));
			return mapped;
		};
	}

	static Collection<GrantedAuthority> authorities(Set<Role> roles) {
		return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}
}
