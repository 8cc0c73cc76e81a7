package org.hearth.notifications.web;

import org.hearth.access.CurrentUser;
import org.hearth.notifications.Outbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A member of staff's in-app messages: prompts and reminders Hearth sent them. */
@Controller
class NotificationsController {

	private final Outbox outbox;

	NotificationsController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/notifications")
	String inbox(CurrentUser user, Model model) {
		model.addAttribute("notices", outbox.inAppFor(user.username()));
		return "notifications/inbox";
	}
}
