package org.hearth.home;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hearth.access.RecordNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The API's answers to bad requests: an RFC 9457 problem body with a message a person can act on,
 * naming the field, never a Java class or a stack trace. Pages have their own GOV.UK error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	/** A Java class's name, as the platform writes it in its messages ("No enum constant org.hearth…"). */
	private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:org|java|javax|jakarta|tools|com)\\.[a-z][\\w.$]*");

	@ExceptionHandler(RecordNotFound.class)
	ProblemDetail notFound(RecordNotFound e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		if (message.isBlank() || JAVA_CLASS.matcher(message).find()) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"A value in the request is not one of those allowed; the API's OpenAPI document lists them.");
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
	}

	/** JSON that cannot be read: names the field and what it should hold, never the value sent. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON, or is missing.");
		problem.setTitle("The request could not be read");
		if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath().stream()
				.map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
			problem.setDetail(field + ": " + expected(jackson));
			problem.setProperty("field", field);
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private static String expected(JacksonException e) {
		Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
		if (type == null) {
			return "this value cannot be read.";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", ")) + ".";
		}
		if (java.time.LocalDate.class.equals(type)) {
			return "must be a date written as YYYY-MM-DD, for example 2024-03-14.";
		}
		if (java.time.Instant.class.equals(type) || java.time.OffsetDateTime.class.equals(type)) {
			return "must be a date and time written as YYYY-MM-DDThh:mm:ssZ.";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return "must be a whole number within range.";
		}
		if (Boolean.class.equals(type) || boolean.class.equals(type)) {
			return "must be true or false.";
		}
		if (String.class.equals(type)) {
			return "must be text.";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "must be a list.";
		}
		return "this value cannot be read.";
	}
}
