package no.styringskart.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GraphiQL from the app's own bundled assets, so it works offline (Spring's stock page uses a CDN). */
@Controller
@ConditionalOnProperty(name = "styringskart.graphiql.enabled", havingValue = "true", matchIfMissing = true)
class GraphiqlController {

	@GetMapping({ "/graphiql", "/graphiql/" })
	String graphiql() {
		return "forward:/graphiql/index.html";
	}

}
