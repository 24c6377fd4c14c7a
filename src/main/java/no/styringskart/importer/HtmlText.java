package no.styringskart.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page as the lines the layout stage reads, from its structure rather than its flattened text: a
 * heading or paragraph is a line, a list item a "- " line, a table row a line of its cells joined by ", " (an
 * agenda row: its number and title, then its other cells on the next line), and
 * a line break inside a block a new line. Scripts, styles, navigation and page furniture are left out.
 */
final class HtmlText {

	private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, tr, dt, dd, caption, figcaption, blockquote, pre";

	private static final Pattern SAK_CELL = Pattern.compile("(?i)(?:sak\\s+)?\\d{1,3}(?:/(?:\\d{4}|\\d{2}))?\\.?");

	private HtmlText() {
	}

	static String of(String html) {
		Document page = Jsoup.parse(html);
		page.select("script, style, noscript, nav, header, footer, form, button, svg, template").remove();
		Element root = (page.selectFirst("main") != null) ? page.selectFirst("main") : page.body();
		List<String> lines = new ArrayList<>();
		String title = page.title().strip();
		if (!title.isEmpty() && root.select("h1").isEmpty()) {
			lines.add(title);
		}
		for (Element block : root.select(BLOCKS)) {
			// a block inside another block is read with it (a paragraph in a list item, a list in a cell)
			if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
				continue;
			}
			if (block.is("tr")) {
				List<String> cells = block.select("th, td").stream().map(c -> c.text().strip()).filter(c -> !c.isEmpty())
					.toList();
				if (cells.size() >= 2 && SAK_CELL.matcher(cells.get(0)).matches()) {
					// an agenda row: the number and title make the sak's line, the other cells (presenter, type) the next
					lines.add(cells.get(0) + " " + cells.get(1));
					if (cells.size() > 2) {
						lines.add(String.join(", ", cells.subList(2, cells.size())));
					}
				}
				else if (!cells.isEmpty()) {
					lines.add(String.join(", ", cells));
				}
				continue;
			}
			block.select("br").forEach(br -> br.after("\n"));
			String prefix = block.is("li") ? "- " : "";
			for (String line : block.wholeText().split("\n")) {
				String text = line.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
				if (!text.isEmpty()) {
					lines.add(prefix + text);
				}
			}
		}
		return String.join("\n", lines) + "\n";
	}

}
