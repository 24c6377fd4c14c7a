package no.styringskart.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.styringskart.support.StyringskartTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A broken seed is rejected with every problem named precisely, and the graph stays exactly as it was. */
@StyringskartTest
class InvalidSeedTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	Driver driver;

	@TempDir
	Path copy;

	SeedLoadReport before;

	@BeforeEach
	void loadTheGoodSeedAndCopyIt() throws IOException {
		this.before = this.loader.load(SeedLoaderTests.SEED);
		FileSystemUtils.copyRecursively(Path.of("seed"), this.copy);
	}

	@Test
	void everyKindOfMistakeIsReportedAtOnceWithFileAndPathAndNothingIsWritten() throws IOException {
		Path phs = this.copy.resolve("papers/phs-programstyre-2021-03-12.yaml");
		String paper = Files.readString(phs);
		paper = paper.replaceFirst("person: ole-johan-kvan", "person: ole-johan-kvann")
			.replaceFirst("from: tag\n", "from: tag-does-not-exist\n")
			.replaceFirst("date: 2021-03-12", "date: 2021-02-30");
		Files.writeString(phs, paper);
		Path nuit = this.copy.resolve("papers/nuit-2025-05-15.yaml");
		String nuitPaper = Files.readString(nuit);
		int quote = nuitPaper.indexOf("quote: ") + "quote: ".length();
		Files.writeString(nuit, nuitPaper.substring(0, quote) + "\"Dette står ikke i papiret\" # "
				+ nuitPaper.substring(quote));
		Files.writeString(this.copy.resolve("registry/extra.yaml"), """
				organisations:
				  - id: ks
				    name: Kommunenes Sentralforbund
				""");

		InvalidSeedException rejected = catchThrowableOfType(InvalidSeedException.class,
				() -> this.loader.load("file:" + this.copy + "/"));

		assertThat(rejected.problems()).extracting(SeedProblem::toString)
			.anySatisfy(p -> assertThat(p).matches("papers/phs-programstyre-2021-03-12.yaml: meetings\\[\\d+]\\.date: "
					+ "'2021-02-30' is not a date like 2021-03-18"))
			.anySatisfy(p -> assertThat(p).contains("unknown person 'ole-johan-kvann'"))
			.anySatisfy(p -> assertThat(p).contains("unknown initiative or standard 'tag-does-not-exist'"))
			.anySatisfy(p -> assertThat(p).startsWith("papers/nuit-2025-05-15.yaml: ")
				.contains("quote not found in nuit-2025-05-15: \"Dette står ikke i papiret\""))
			.anySatisfy(p -> assertThat(p).startsWith("registry/organisations.yaml: organisations[")
				.contains(".name: 'KS' conflicts with 'Kommunenes Sentralforbund' declared for 'ks' in registry/extra.yaml"));
		assertThat(rejected).hasMessageContaining("nothing was written");
		assertUnchanged();
	}

	@Test
	void unknownIdsAndDanglingDependenciesAreNamedWithTheirPath() throws IOException {
		Path phs = this.copy.resolve("papers/phs-programstyre-2021-03-12.yaml");
		Files.writeString(phs, Files.readString(phs)
			.replaceFirst("person: ole-johan-kvan", "person: ole-johan-kvann")
			.replaceFirst("from: tag\n", "from: tag-does-not-exist\n"));

		InvalidSeedException rejected = catchThrowableOfType(InvalidSeedException.class,
				() -> this.loader.load("file:" + this.copy + "/"));

		assertThat(rejected.problems()).extracting(SeedProblem::toString)
			.anySatisfy(p -> assertThat(p).matches(
					"papers/phs-programstyre-2021-03-12.yaml: memberships\\[\\d+]\\.person: unknown person 'ole-johan-kvann'"))
			.anySatisfy(p -> assertThat(p).matches(
					"papers/phs-programstyre-2021-03-12.yaml: dependencies\\[\\d+]\\.from: unknown initiative or standard 'tag-does-not-exist'"));
		assertUnchanged();
	}

	@Test
	void duplicateIdsAndUnknownFieldsAreRejected() throws IOException {
		Path nuit = this.copy.resolve("papers/nuit-2025-05-15.yaml");
		Files.writeString(this.copy.resolve("papers/zz-duplicate.yaml"), """
				document: nuit-2025-05-15
				meetings:
				  - id: nuit-2025-05-15
				    body: nuit
				    date: 2025-05-15
				    status: held
				    evidence:
				      quote: "Sted Helsedirektoratet, Vitaminveien 4, Storo Oslo"
				""");
		Files.writeString(this.copy.resolve("papers/zz-typo.yaml"), """
				document: nuit-2025-05-15
				dependencies:
				  - form: nilar
				    to: tag
				""");

		InvalidSeedException rejected = catchThrowableOfType(InvalidSeedException.class,
				() -> this.loader.load("file:" + this.copy + "/"));

		assertThat(rejected.problems()).extracting(SeedProblem::toString)
			.anySatisfy(p -> assertThat(p).isEqualTo("papers/zz-duplicate.yaml: meetings[0].id: duplicate meeting id "
					+ "'nuit-2025-05-15' (also in papers/nuit-2025-05-15.yaml)"))
			.anySatisfy(p -> assertThat(p).startsWith("papers/zz-typo.yaml: line ")
				.contains("(dependencies[0].form): unknown field 'form'"));
		assertThat(nuit).exists();
		assertUnchanged();
	}

	@Test
	void aCrashHalfWayThroughTheWriteLeavesTheGraphExactlyAsItWas() throws IOException {
		List<String> before = contents();
		try (var papers = Files.list(this.copy.resolve("papers"))) {
			for (Path paper : papers.toList()) {
				Files.writeString(paper, Files.readString(paper).replace("name: Karl Stener Vestli", "name: Karl S. Vestli"));
			}
		}
		int halfWay = SeedWriter.steps() / 2;
		List<Integer> stepsDone = new ArrayList<>();

		Throwable crash = catchThrowable(() -> this.loader.load("file:" + this.copy + "/", step -> {
			stepsDone.add(step);
			if (step == halfWay) {
				throw new IllegalStateException("simulated crash after write step " + step);
			}
		}));

		assertThat(crash).hasMessageContaining("simulated crash after write step " + halfWay);
		assertThat(stepsDone).hasSize(halfWay).as("deletes done, creates under way").hasSizeGreaterThan(SeedWriter.SEEDED_LABELS.size());
		assertThat(contents()).isEqualTo(before);
		assertUnchanged();

		this.loader.load("file:" + this.copy + "/");
		assertThat(contents()).as("the same seed loads when nothing crashes")
			.anyMatch(line -> line.startsWith("karl-stener-vestli Karl S. Vestli"));
	}

	@AfterEach
	void leaveTheGoodSeedForTheNextTests() {
		this.loader.load(SeedLoaderTests.SEED);
	}

	/** Every seeded node with its name and every relationship between them, as sorted text. */
	private List<String> contents() {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
					OPTIONAL MATCH (n)-[r]->(m)
					WITH n.id + ' ' + coalesce(n.name, n.title, '') + ' ' + coalesce(type(r) + '->' + m.id, '') AS line
					ORDER BY line
					RETURN collect(line) AS lines""", java.util.Map.of("labels", SeedWriter.SEEDED_LABELS))
				.single()
				.get("lines")
				.asList(v -> v.asString()));
		}
	}

	private void assertUnchanged() {
		SeedLoadReport now = report();
		assertThat(now.nodesByLabel()).isEqualTo(this.before.nodesByLabel());
		assertThat(now.relationshipsByType()).isEqualTo(this.before.relationshipsByType());
	}

	private SeedLoadReport report() {
		// counted without loading: a load of the good seed would hide a partial write
		return this.loader.counts();
	}

}
