package no.styringskart.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names and organisations resolved against a small registry: what links, what is proposed, what stays apart. */
class ImporterResolutionTests {

	private static final LocalDate DATE = LocalDate.of(2021, 3, 18);

	private final ImportRegistry registry = new ImportRegistry(
			List.of(known("karl-stener-vestli", "Karl Stener Vestli"), known("bjorn-nilsen", "Bjørn Nilsen"),
					known("kari-hansen", "Kari Hansen"), known("vibeke-jonassen-wang", "Vibeke Jonassen Wang")),
			List.of(known("direktoratet-for-e-helse", "Direktoratet for e-helse"), known("helsedirektoratet", "Helsedirektoratet"),
					known("helse-nord-rhf", "Helse Nord RHF"), known("norsk-helsenett-sf", "Norsk helsenett SF")),
			List.of(known("nasjonalt-e-helsestyre", "Nasjonalt e-helsestyre"), known("nuit", "Nasjonalt utvalg for IKT-prioritering", "NUIT")),
			List.of(), List.of(),
			List.of(new ImportRegistry.Seat("karl-stener-vestli", "nasjonalt-e-helsestyre", "direktoratet-for-e-helse",
					LocalDate.of(2020, 12, 16), LocalDate.of(2020, 12, 16)),
					new ImportRegistry.Seat("bjorn-nilsen", "nuit", "helse-nord-rhf", LocalDate.of(2025, 5, 15), null),
					new ImportRegistry.Seat("vibeke-jonassen-wang", "nasjonalt-e-helsestyre", "direktoratet-for-e-helse",
							LocalDate.of(2020, 12, 16), LocalDate.of(2020, 12, 16))),
			List.of(new ImportRegistry.Change("dir-into-hdir", "merger", "2024-01-01", List.of("direktoratet-for-e-helse"),
					List.of("helsedirektoratet"))),
			Set.of(), Set.of(), Set.of());

	private final EntityResolver resolver = new EntityResolver(this.registry);

	private static ImportRegistry.Known known(String id, String name, String... aliases) {
		return new ImportRegistry.Known(id, name, List.of(aliases));
	}

	@Test
	void aMissingMiddleNameLinksWhenTheContextAgreesAndSaysWhy() {
		Resolution karl = this.resolver.person("Karl Vestli", "direktoratet-for-e-helse", "nasjonalt-e-helsestyre", DATE);

		assertThat(karl.outcome()).isEqualTo(Resolution.Outcome.LINKED);
		assertThat(karl.id()).isEqualTo("karl-stener-vestli");
		assertThat(karl.best().score()).isGreaterThanOrEqualTo(EntityResolver.LINK);
		assertThat(karl.best().reason()).contains("middle name").contains("same organisation").contains("same body");
	}

	@Test
	void anOcrDamagedNameLinks() {
		Resolution bjorn = this.resolver.person("Bjgrn Nilsen", "helse-nord-rhf", "nuit", LocalDate.of(2025, 2, 13));

		assertThat(bjorn.outcome()).isEqualTo(Resolution.Outcome.LINKED);
		assertThat(bjorn.id()).isEqualTo("bjorn-nilsen");
		assertThat(bjorn.best().reason()).contains("OCR");
	}

	@Test
	void twoPeopleWithTheSameSurnameAreNeverMerged() {
		Resolution erik = this.resolver.person("Erik Hansen", "helse-nord-rhf", "nuit", DATE);

		assertThat(erik.outcome()).isEqualTo(Resolution.Outcome.NEW);
		assertThat(erik.candidates()).extracting(Match::id).doesNotContain("kari-hansen");
	}

	@Test
	void organisationsLinkedByAChangeEventNeverResolveToEachOther() {
		Resolution dir = this.resolver.organisation("Direktoratet for e-helse");
		Resolution hdir = this.resolver.organisation("Helsedirektoratet");
		// one letter off would be enough for other organisations; a party to a merger only matches its own names
		Resolution misspelt = this.resolver.organisation("Helsedirektoratett");

		assertThat(dir.id()).isEqualTo("direktoratet-for-e-helse");
		assertThat(dir.candidates()).extracting(Match::id).doesNotContain("helsedirektoratet");
		assertThat(hdir.id()).isEqualTo("helsedirektoratet");
		assertThat(hdir.candidates()).extracting(Match::id).doesNotContain("direktoratet-for-e-helse");
		assertThat(misspelt.outcome()).isNotEqualTo(Resolution.Outcome.LINKED);
		assertThat(this.resolver.keptApart("direktoratet-for-e-helse", "helsedirektoratet")).get()
			.asString()
			.contains("merger");
	}

	@Test
	void organisationsMatchAfterOcrRepairAndWithoutTheirLegalForm() {
		assertThat(this.resolver.organisation("Helse N0rd RHF").id()).isEqualTo("helse-nord-rhf");
		assertThat(this.resolver.organisation("Norsk Helsenett").id()).isEqualTo("norsk-helsenett-sf");
	}

	@Test
	void aGreyZoneNameIsProposedForReviewAndDeclaredAsANewPerson() {
		Resolution vibeke = this.resolver.person("Vibeke Wang", "direktoratet-for-e-helse", "nuit", DATE);

		assertThat(vibeke.outcome()).isEqualTo(Resolution.Outcome.PROPOSED);
		assertThat(vibeke.best().id()).isEqualTo("vibeke-jonassen-wang");
		assertThat(vibeke.best().score()).isBetween(EntityResolver.PROPOSE, EntityResolver.LINK);

		String paper = """
				Møte i NUIT
				Møte 3/2025
				Dato 4. september 2025
				Medlemmer Vibeke Wang (Direktoratet for e-helse) Bjørn Nilsen (Helse Nord RHF)
				""";
		PaperImporter.ImportResult result = PaperImporter.read(paper, "nuit-test", this.registry);

		assertThat(result.draft().people()).extracting(Draft.Person::id).contains("vibeke-wang");
		assertThat(result.draft().people()).filteredOn(p -> p.id().equals("vibeke-wang"))
			.singleElement()
			.satisfies(p -> assertThat(p.comment()).startsWith("possible match: vibeke-jonassen-wang"));
		assertThat(result.report().uncertain()).anySatisfy(u -> assertThat(u.description()).contains("Vibeke Wang")
			.contains("possible match: vibeke-jonassen-wang"));
		assertThat(result.draft().meetings().get(0).attendance()).extracting(Draft.Attendance::person)
			.containsExactly("vibeke-wang", "bjorn-nilsen");
	}

}
