package no.styringskart.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of a Markdown page and whether each resolves, read the way GitHub renders the page: links and
 * images in fenced code and code spans are text, and a heading's anchor is its GitHub slug.
 */
final class MarkdownLinks {

	/** A link's target as written, and the 1-based line it is on. */
	record Link(int line, String target) {
	}

	private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

	private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1");

	private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");

	private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*");

	private MarkdownLinks() {
	}

	static List<Link> in(Path page) {
		List<Link> links = new ArrayList<>();
		List<String> lines = outsideFences(page);
		for (int i = 0; i < lines.size(); i++) {
			Matcher link = LINK.matcher(CODE_SPAN.matcher(lines.get(i)).replaceAll(""));
			while (link.find()) {
				links.add(new Link(i + 1, link.group(1)));
			}
		}
		return links;
	}

	/** Why the link does not resolve, or {@code null} when it does or is not relative. */
	static String problemWith(Path page, Link link) {
		String target = link.target();
		if (SCHEME.matcher(target).matches()) {
			return null;
		}
		int hash = target.indexOf('#');
		String file = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
		String anchor = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
		Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
		if (!Files.exists(resolved)) {
			return "no such file or folder";
		}
		if (anchor == null || anchor.isEmpty() || !resolved.toString().endsWith(".md")) {
			return null;
		}
		return anchors(resolved).contains(anchor.toLowerCase(Locale.ROOT)) ? null
				: "no heading with the anchor #" + anchor + " in " + resolved.getFileName();
	}

	/** The anchors GitHub gives the page's headings (a repeated slug gets -1, -2, …) and its HTML anchors. */
	static Set<String> anchors(Path page) {
		Set<String> anchors = new HashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		for (String line : outsideFences(page)) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				String slug = slug(heading.group(1));
				int repeats = seen.merge(slug, 1, Integer::sum) - 1;
				anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
			}
			Matcher html = HTML_ANCHOR.matcher(line);
			while (html.find()) {
				anchors.add(html.group(1).toLowerCase(Locale.ROOT));
			}
		}
		return anchors;
	}

	/**
	 * GitHub's heading slug: the rendered text in lower case, with everything but letters, digits, spaces, hyphens
	 * and underscores dropped, and each space made a hyphen.
	 */
	static String slug(String heading) {
		String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[`*]", "");
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
	}

	/** The page's lines with fenced code blanked, so its brackets and hashes are neither links nor headings. */
	private static List<String> outsideFences(Path page) {
		List<String> lines;
		try {
			lines = Files.readAllLines(page, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> prose = new ArrayList<>(lines.size());
		String fence = null;
		for (String line : lines) {
			Matcher opening = FENCE.matcher(line);
			if (fence == null && opening.matches()) {
				fence = opening.group(1);
				prose.add("");
			}
			else if (fence != null) {
				if (line.strip().startsWith(fence)) {
					fence = null;
				}
				prose.add("");
			}
			else {
				prose.add(line);
			}
		}
		return prose;
	}

}
