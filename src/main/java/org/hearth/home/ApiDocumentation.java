package org.hearth.home;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.hearth.access.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of /api/v1: the signed-in user is never a parameter; a personal token is the scheme. */
@Configuration
class ApiDocumentation {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI hearthApi() {
		return new OpenAPI()
			.info(new Info().title("Hearth API")
				.version("v1")
				.description("Every call goes through the same access policy and audit trail as the pages. "
						+ "Send a personal API token as 'Authorization: Bearer <token>', or use the session."))
			.components(new Components().addSecuritySchemes("personalToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("personalToken"));
	}
}
