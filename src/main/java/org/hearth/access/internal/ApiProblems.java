package org.hearth.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem body for the API's 401 and 403 answers. */
@Component
class ApiProblems {

	private final JsonMapper json = JsonMapper.builder().build();

	void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		json.writeValue(response.getWriter(), body);
	}
}
