package no.styringskart.explorer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The explorer is the app's front page; its pages are hash routes of one document. */
@Controller
class ExplorerController {

	@GetMapping({ "/", "/explorer", "/explorer/" })
	String explorer() {
		return "forward:/explorer/index.html";
	}

}
