package vn.congdoan.sangkien.identity;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/**}. Swagger UI signs in through Keycloak (authorization
 * code with PKCE, public client {@code sangkien-api-docs}) so a newcomer can try the API as a demo user.
 */
@Configuration
class ApiDocumentation {

	private static final String KEYCLOAK = "keycloak";

	@Bean
	OpenAPI sangKienApi(IdentitySettings settings) {
		String openIdConnect = settings.keycloak().openIdConnect();
		return new OpenAPI()
			// Relative: the document describes the platform that serves it, wherever it runs.
			.servers(List.of(new Server().url("/").description("This platform")))
			.info(new Info().title("Sáng kiến API")
				.version("1")
				// No open-source licence: the platform is the Confederation's own (lead: confirm the wording).
				.license(new License().name("Proprietary, Tổng Liên đoàn Lao động Việt Nam"))
				.description("Chương trình \"01 triệu sáng kiến\". Errors are RFC 9457 problem details with a stable "
						+ "`code` and a message in the request's language (Vietnamese by default)."))
			.components(new Components().addSecuritySchemes(KEYCLOAK, new SecurityScheme()
				.type(SecurityScheme.Type.OAUTH2)
				.flows(new OAuthFlows().authorizationCode(new OAuthFlow()
					.authorizationUrl(openIdConnect + "/auth")
					.tokenUrl(openIdConnect + "/token")
					// The user's identity only: the platform reads roles and units from the token, not from scopes.
					.scopes(new Scopes().addString("openid", "Sign in as a user of the platform"))))))
			.addSecurityItem(new SecurityRequirement().addList(KEYCLOAK));
	}
}
