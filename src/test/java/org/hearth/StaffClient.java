package org.hearth;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** An HTTP client that signs in through the real sign-in form and keeps its session cookie. */
public final class StaffClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private StaffClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	public static StaffClient anonymous(String base) {
		return new StaffClient(base);
	}

	public static StaffClient signIn(String base, String username, String password) throws Exception {
		var client = new StaffClient(base);
		String csrf = client.csrfOf(client.get("/login").body());
		var response = client.post("/login", "username=" + encode(username) + "&password=" + encode(password)
				+ "&_csrf=" + encode(csrf));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Could not sign in as " + username);
		}
		return client;
	}

	public HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> post(String path, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts one file as a multipart form, as a browser's file upload does. */
	public HttpResponse<String> postFile(String path, String field, String fileName, String contentType, byte[] content)
			throws Exception {
		String boundary = "----hearth" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public String csrfOf(String page) {
		var matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
