package org.hearth.home;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.hearth.access.CurrentUser;
import org.hearth.access.CurrentUsers;
import org.hearth.organisation.AgencyId;
import org.hearth.organisation.OnsCode;
import org.hearth.organisation.OrganisationDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the header, the navigation and the idle timeout. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageFrame {

	record Header(String name, String role, String organisation) {
	}

	record NavigationLink(String label, String href, boolean current) {
	}

	record SessionTimes(long timeoutSeconds, long warningSeconds) {
	}

	private final OrganisationDirectory organisation;

	private final long timeoutSeconds;

	private final long warningSeconds;

	private final boolean demoData;

	PageFrame(OrganisationDirectory organisation,
			@Value("${server.servlet.session.timeout:30m}") java.time.Duration timeout,
			@Value("${hearth.session.warning-seconds:120}") long warningSeconds,
			@Value("${hearth.demo.enabled:false}") boolean demoData) {
		this.organisation = organisation;
		this.timeoutSeconds = timeout.toSeconds();
		this.warningSeconds = warningSeconds;
		this.demoData = demoData;
	}

	@ModelAttribute("header")
	Header header() {
		return CurrentUsers.signedIn()
			.map(user -> new Header(user.displayName(), user.role().label(), organisationOf(user)))
			.orElse(null);
	}

	@ModelAttribute("navigation")
	List<NavigationLink> navigation(HttpServletRequest request) {
		return CurrentUsers.signedIn().map(user -> navigationFor(user, request.getRequestURI())).orElse(List.of());
	}

	@ModelAttribute("sessionTimes")
	SessionTimes session() {
		return CurrentUsers.signedIn().map(user -> new SessionTimes(timeoutSeconds, warningSeconds)).orElse(null);
	}

	@ModelAttribute("demoData")
	boolean demoData() {
		return demoData;
	}

	static List<NavigationLink> navigationFor(CurrentUser user, String path) {
		var home = new NavigationLink("Home", "/", "/".equals(path));
		var links = Arrays.stream(Feature.values())
			.filter(Feature::available)
			.filter(f -> f.isFor(user))
			.map(f -> new NavigationLink(f.label(), f.href(), path.startsWith(f.href())))
			.toList();
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(home), links.stream()).toList();
	}

	private String organisationOf(CurrentUser user) {
		return switch (user.role().affiliation()) {
			case AGENCY -> organisation.agency(new AgencyId(user.agencyId())).map(a -> a.name()).orElse("");
			case BOROUGH -> organisation.localAuthority(new OnsCode(user.boroughCode()))
				.map(la -> la.name() + " Council")
				.orElse("");
			case HUB -> organisation.agencies().stream().findFirst().map(a -> a.hubName()).orElse("Hub");
			case NONE -> "System administration";
		};
	}
}
