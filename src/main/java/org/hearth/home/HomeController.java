package org.hearth.home;

import java.util.Arrays;

import org.hearth.access.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page of each role: what they can do now, and what comes later. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		var features = Arrays.stream(Feature.values()).filter(f -> f.isFor(user)).toList();
		model.addAttribute("user", user);
		model.addAttribute("available", features.stream().filter(Feature::available).toList());
		model.addAttribute("later", features.stream().filter(f -> !f.available()).toList());
		return "home/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "home/accessibility";
	}
}
