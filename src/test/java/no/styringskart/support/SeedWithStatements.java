package no.styringskart.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * A copy of the curated seed whose papers say only what this fixture says (the curated statements and involvements
 * are left out, so counts and lists are the fixture's own), its NUFA paper saying: statements of several kinds (a figure, an action
 * point, a position, numbered alternatives, a fact about the meeting), a milestone whose two passages disagree,
 * and typed involvements. Every quote is verbatim from the NUFA paper.
 */
public final class SeedWithStatements {

	/** The paper file the statements are appended to. */
	public static final String PAPER = "papers/nufa-2020-08-26.yaml";

	public static final String STATEMENTS = """
			statements:
			  - id: nasjonal-e-helseportefolje-figure-1
			    kind: figure
			    about: nasjonal-e-helseportefolje
			    text: "85 prosent av prosjektene i porteføljen er i gjennomføringsfase."
			    figure: {value: 85, unit: "%", counts: "andel av de 52 prosjektene i gjennomføringsfase", asOf: "2020-06"}
			    evidence: {quote: "viser at 85 prosent av prosjektene rapporterer at de er i en gjennomføringsfase (utvikling)"}
			  - id: kjernejournal-action-point-1
			    kind: action-point
			    about: kjernejournal
			    concerns: [norsk-helsenett-sf, ks]
			    actor: direktoratet-for-e-helse
			    text: "Direktoratet for e-helse skal lage tentative planer for sektorens bruk av dokumentdeling."
			    due: "2020-10-15"
			    evidence:
			      quote: "Direktoratet for e-helse har fått i oppdrag å utarbeide tentative planer for sektorens bruk av
			        dokumentdeling (via kjernejournal) innen 15. oktober 2020."
			  - id: kjernejournal-milestone-1
			    kind: milestone
			    about: kjernejournal
			    text: "En tentativ plan for dokumentdeling skal foreligge."
			    dates:
			      - stated: "15. oktober 2020"
			        date: "2020-10-15"
			        kind: planned
			        evidence: {quote: "leveranse av en tentativ plan som det forventes foreligger 15. oktober 2020"}
			      - stated: "1. oktober 2020"
			        date: "2020-10-01"
			        kind: planned
			        evidence: {quote: "Helse- og omsorgsdepartementet innen 1. oktober 2020"}
			  - id: nufa-sak-24-20-position-1
			    kind: position
			    about: nufa-sak-24-20
			    actor: nufa
			    text: "NUFA godkjenner innkalling og dagsorden."
			    evidence: {quote: "NUFA godkjenner innkalling og dagsorden."}
			  - id: nufa-sak-24-20-alternative-2
			    kind: alternative
			    about: nufa-sak-24-20
			    order: 2
			    text: "Referatet fra 12. juni 2020 godkjennes."
			    evidence: {quote: "NUFA godkjenner referatet fra 12. juni 2020."}
			  - id: nufa-sak-24-20-alternative-1
			    kind: alternative
			    about: nufa-sak-24-20
			    order: 1
			    text: "Innkalling og dagsorden godkjennes."
			    evidence: {quote: "NUFA godkjenner innkalling og dagsorden."}
			  - id: nufa-2020-08-26-fact-1
			    kind: fact
			    about: nufa-2020-08-26
			    text: "NUFA i august holdes som webinar på fire timer."
			    evidence: {quote: "NUFA i august blir også gjennomført som webinar på fire timer."}
			involvements:
			  - subject: kjernejournal
			    party: norsk-helsenett-sf
			    role: participant
			    note: "samarbeider om planen for dokumentdeling"
			    evidence: {quote: "Arbeidet skal gjøres i samarbeid med Norsk Helsenett SF"}
			  - subject: nufa-sak-24-20
			    party: nufa
			    role: treated-by
			    evidence: {quote: "24/20 Godkjenning av innkalling og dagsorden"}
			""";

	private SeedWithStatements() {
	}

	/** Copies the seed into {@code directory} and appends the statements; returns its resource location. */
	public static String copyInto(Path directory) throws IOException {
		return copyInto(directory, STATEMENTS);
	}

	/**
	 * Copies the seed into {@code directory} without the papers' own statements and involvements, and appends
	 * {@code yaml} to the NUFA paper.
	 */
	public static String copyInto(Path directory, String yaml) throws IOException {
		FileSystemUtils.copyRecursively(Path.of("seed"), directory);
		try (Stream<Path> papers = Files.list(directory.resolve("papers"))) {
			for (Path paper : papers.toList()) {
				Files.writeString(paper, withoutSaid(Files.readString(paper)));
			}
		}
		Files.writeString(directory.resolve(PAPER), "\n" + yaml, StandardOpenOption.APPEND);
		return "file:" + directory + "/";
	}

	/** The paper without its top-level {@code statements:} and {@code involvements:} sections. */
	private static String withoutSaid(String paper) {
		StringBuilder kept = new StringBuilder(paper.length());
		boolean skipping = false;
		for (String line : paper.split("\n", -1)) {
			if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")
					&& !line.startsWith("#")) {
				skipping = line.startsWith("statements:") || line.startsWith("involvements:");
			}
			if (!skipping) {
				kept.append(line).append('\n');
			}
		}
		return kept.toString();
	}

}
