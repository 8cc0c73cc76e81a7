package org.hearth.access.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hearth.access.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API caller is, and what their role lets them do. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Account")
class MeApiController {

	record Me(String username, String name, String role, String agencyId, String boroughCode,
			List<String> capabilities) {
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in member of staff, their role and capabilities")
	Me me(CurrentUser user) {
		return new Me(user.username(), user.displayName(), user.role().name(), user.agencyId(), user.boroughCode(),
				user.role().capabilities().stream().map(Enum::name).sorted().toList());
	}
}
