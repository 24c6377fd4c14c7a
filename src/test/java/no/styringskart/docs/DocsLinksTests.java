package no.styringskart.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link in the README, the user docs and the seed format resolves: the file or folder exists and, when
 * the link names an anchor in a Markdown file, that file has a heading with that GitHub slug. A dead link fails the
 * build with its file and line.
 */
class DocsLinksTests {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	@Test
	void everyRelativeLinkInTheDocsResolves() {
		List<String> dead = new ArrayList<>();
		for (Path page : pages()) {
			for (MarkdownLinks.Link link : MarkdownLinks.in(page)) {
				String problem = MarkdownLinks.problemWith(page, link);
				if (problem != null) {
					dead.add(ROOT.relativize(page) + ":" + link.line() + ": " + link.target() + " — " + problem);
				}
			}
		}
		assertThat(dead).as("dead relative links").isEmpty();
	}

	@Test
	void theCheckSeesTheLinksOfEveryPage() {
		List<Path> pages = pages();
		assertThat(pages).contains(ROOT.resolve("README.md"), ROOT.resolve("seed/FORMAT.md"),
				ROOT.resolve("docs/api.md"));
		assertThat(MarkdownLinks.in(ROOT.resolve("README.md"))).extracting(MarkdownLinks.Link::target)
			.contains("docs/api.md");
	}

	@Test
	void aMissingFileOrAnchorIsReportedAndAPresentOneIsNot() throws IOException {
		Path dir = Files.createTempDirectory("links");
		Path page = dir.resolve("page.md");
		Files.writeString(page, """
				# Page title
				## Lists, cursors & errors
				### The `about` query
				See [a missing file](missing.md), [a heading](#lists-cursors--errors), [no such heading](#nothing),
				[this page's title](page.md#page-title), [code in a heading](#the-about-query) and ![an image](missing.png "title"); `[code](nowhere.md)`
				and [a site](https://example.org/x.md) are not checked.
				```
				[fenced](nowhere.md)
				```
				""");
		List<String> problems = new ArrayList<>();
		for (MarkdownLinks.Link link : MarkdownLinks.in(page)) {
			String problem = MarkdownLinks.problemWith(page, link);
			if (problem != null) {
				problems.add(link.line() + " " + link.target());
			}
		}
		assertThat(problems).containsExactly("4 missing.md", "4 #nothing", "5 missing.png");
	}

	private static List<Path> pages() {
		List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("seed/FORMAT.md")));
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pages;
	}

}
