package no.styringskart.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The seed as read from its location ({@code classpath:seed/} in the jar, or a directory): the sources list,
 * the registry and paper YAML files parsed into {@link SeedModel} records, and the source papers' text.
 * Structural errors (bad YAML, unknown fields, bad dates) become {@link SeedProblem}s, never exceptions.
 */
public final class SeedFiles {

	private static final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/** The folder of a seed that holds applied imports, kept with it. */
	public static final String IMPORTS = "imports/";

	final String location;

	final SeedModel.Sources sources;

	/** Seed files by their path relative to the location, registry files first, each group by name. */
	final Map<String, SeedModel.SeedFile> files;

	/** Source paper text by document id. */
	final Map<String, SourceText> texts;

	final List<SeedProblem> problems;

	private SeedFiles(String location, SeedModel.Sources sources, Map<String, SeedModel.SeedFile> files,
			Map<String, SourceText> texts, List<SeedProblem> problems) {
		this.location = location;
		this.sources = sources;
		this.files = files;
		this.texts = texts;
		this.problems = problems;
	}

	/** Reads everything under {@code location} (a Spring resource location ending in '/'). */
	static SeedFiles read(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<SeedProblem> problems = new ArrayList<>();
		SeedModel.Sources sources = parse(resolver.getResource(base + "sources.yaml"), "sources.yaml",
				SeedModel.Sources.class, problems)
			.orElse(new SeedModel.Sources(List.of()));
		Map<String, SourceText> texts = new LinkedHashMap<>();
		for (int i = 0; i < sources.documents().size(); i++) {
			SeedModel.SourceDocument document = sources.documents().get(i);
			if (document.external()) {
				if (document.url() == null) {
					problems.add(new SeedProblem("sources.yaml", "documents[" + i + "]",
							"a source needs a file (a paper under sources/) or a url (an external publication)"));
				}
				continue;
			}
			Resource paper = resolver.getResource(base + "sources/" + document.file());
			if (!paper.exists()) {
				problems.add(new SeedProblem("sources.yaml", "documents[" + i + "].file",
						"source paper sources/" + document.file() + " does not exist"));
				continue;
			}
			texts.put(document.id(), SourceText.of(text(paper)));
		}
		Map<String, SeedModel.SeedFile> files = new LinkedHashMap<>();
		for (String folder : List.of("registry", "papers")) {
			for (Resource resource : list(resolver, base + folder + "/*.yaml")) {
				String name = folder + "/" + resource.getFilename();
				parse(resource, name, SeedModel.SeedFile.class, problems).ifPresent(file -> files.put(name, file));
			}
		}
		SeedFiles seed = new SeedFiles(base, sources, files, texts, problems);
		// applied imports are kept only with a seed that is a folder
		return base.startsWith("file:") ? seed.with(kept(resolver, base)) : seed;
	}

	/**
	 * Papers an applied import kept under {@code imports/} ({@code <id>.yaml} with its text in {@code <id>.txt}):
	 * they load with the seed until removed.
	 */
	private static List<ExtraPaper> kept(ResourcePatternResolver resolver, String base) {
		List<ExtraPaper> kept = new ArrayList<>();
		for (Resource paper : list(resolver, base + IMPORTS + "*.yaml")) {
			String id = paper.getFilename().substring(0, paper.getFilename().length() - ".yaml".length());
			Resource source = resolver.getResource(base + IMPORTS + id + ".txt");
			if (source.exists()) {
				kept.add(new ExtraPaper(id, id, null, text(source), text(paper)));
			}
		}
		return kept;
	}

	/**
	 * The seed plus papers from outside it (an importer's drafts), each with its source text, as though they had
	 * been files under {@code papers/} and {@code sources/}.
	 */
	SeedFiles with(List<ExtraPaper> extras) {
		if (extras.isEmpty()) {
			return this;
		}
		List<SeedModel.SourceDocument> documents = new ArrayList<>(this.sources.documents());
		Map<String, SourceText> allTexts = new LinkedHashMap<>(this.texts);
		Map<String, SeedModel.SeedFile> allFiles = new LinkedHashMap<>(this.files);
		List<SeedProblem> allProblems = new ArrayList<>(this.problems);
		for (ExtraPaper extra : extras) {
			documents.add(new SeedModel.SourceDocument(extra.documentId(), extra.documentId() + ".txt", null,
					extra.title(), "saksdokumenter", extra.date(), null, null));
			allTexts.put(extra.documentId(), SourceText.of(extra.text()));
			parse(new ByteArrayResource(extra.paperYaml().getBytes(StandardCharsets.UTF_8)), extra.fileName(),
					SeedModel.SeedFile.class, allProblems)
				.ifPresent(file -> allFiles.put(extra.fileName(), file));
		}
		return new SeedFiles(this.location, new SeedModel.Sources(documents), allFiles, allTexts, allProblems);
	}

	private static <T> Optional<T> parse(Resource resource, String name, Class<T> type, List<SeedProblem> problems) {
		if (!resource.exists()) {
			problems.add(new SeedProblem(name, "-", "file is missing"));
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			T value = yaml.readValue(in, type);
			if (value == null) {
				problems.add(new SeedProblem(name, "-", "file is empty"));
			}
			return Optional.ofNullable(value);
		}
		catch (JacksonException ex) {
			var where = ex.getLocation();
			String line = (where != null && where.getLineNr() > 0) ? "line " + where.getLineNr() : "-";
			String path = yamlPath(ex.getPath());
			problems.add(new SeedProblem(name, path.isEmpty() ? line : line + " (" + path + ")", readable(ex)));
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + name, ex);
		}
	}

	/** {@code meetings[0].date} rather than Jackson's Java-typed reference chain. */
	private static String yamlPath(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** Jackson's message without the Java class names a seed author has no use for. */
	private static String readable(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + unknown.getPropertyName() + "' (known: " + unknown.getKnownPropertyIds() + ")";
		}
		return ex.getOriginalMessage().replaceAll(" ?\\(class [^)]*\\)", "").replaceAll("`[a-z.]+\\.([A-Za-z$]+)`", "$1");
	}

	private static List<Resource> list(ResourcePatternResolver resolver, String pattern) {
		try {
			return Arrays.stream(resolver.getResources(pattern))
				.filter(Resource::exists)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static String text(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read source paper " + resource, ex);
		}
	}

}
