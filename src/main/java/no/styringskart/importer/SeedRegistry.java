package no.styringskart.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the importer's registry from seed files (the same files the loader loads, so a draft that links to an
 * id links to something the loader knows). One paper can be left out, to measure the importer on it fairly.
 */
final class SeedRegistry {

	private static final YAMLMapper yaml = YAMLMapper.builder().build();

	private final Map<String, Declared> people = new LinkedHashMap<>();

	private final Map<String, Declared> organisations = new LinkedHashMap<>();

	private final Map<String, Declared> bodies = new LinkedHashMap<>();

	private final Map<String, Declared> initiatives = new LinkedHashMap<>();

	private final Map<String, Declared> standards = new LinkedHashMap<>();

	private final List<ImportRegistry.Seat> seats = new ArrayList<>();

	private final List<ImportRegistry.Change> changes = new ArrayList<>();

	private final Set<String> meetingIds = new HashSet<>();

	private final Set<String> agendaItemIds = new HashSet<>();

	private final Set<String> documentIds = new HashSet<>();

	private SeedRegistry() {
	}

	/** The registry of the seed at a Spring resource location ({@code file:seed/}, {@code classpath:seed/}). */
	static ImportRegistry read(String location) {
		return read(location, null);
	}

	/** The same, leaving out everything the paper file of {@code leaveOut} (a document id) says. */
	static ImportRegistry read(String location, String leaveOut) {
		String base = location.endsWith("/") ? location : location + "/";
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		SeedRegistry registry = new SeedRegistry();
		JsonNode sources = parse(resolver.getResource(base + "sources.yaml"));
		sources.path("documents").forEach(d -> registry.documentIds.add(d.path("id").asString()));
		// applied imports are kept only with a seed that is a folder (ImportStore)
		List<String> folders = base.startsWith("file:") ? List.of("registry", "papers", "imports")
				: List.of("registry", "papers");
		for (String folder : folders) {
			for (Resource file : list(resolver, base + folder + "/*.yaml")) {
				JsonNode content = parse(file);
				String document = content.path("document").asString(null);
				if (folder.equals("imports") && document != null) {
					// an applied import kept with the seed is a document of it
					registry.documentIds.add(document);
				}
				if (leaveOut == null || !leaveOut.equals(document)) {
					registry.add(content);
				}
			}
		}
		return registry.build();
	}

	private void add(JsonNode file) {
		declare(file.path("people"), this.people);
		declare(file.path("organisations"), this.organisations);
		declare(file.path("bodies"), this.bodies);
		declare(file.path("initiatives"), this.initiatives);
		declare(file.path("standards"), this.standards);
		for (JsonNode m : file.path("memberships")) {
			this.seats.add(new ImportRegistry.Seat(m.path("person").asString(), m.path("body").asString(),
					m.path("onBehalfOf").asString(null), date(m.path("from")), date(m.path("to"))));
		}
		for (JsonNode meeting : file.path("meetings")) {
			this.meetingIds.add(meeting.path("id").asString());
			LocalDate date = date(meeting.path("date"));
			for (JsonNode a : meeting.path("attendance")) {
				this.seats.add(new ImportRegistry.Seat(a.path("person").asString(), meeting.path("body").asString(),
						a.path("onBehalfOf").asString(null), date, date));
			}
			meeting.path("agenda").forEach(item -> this.agendaItemIds.add(item.path("id").asString()));
		}
		for (JsonNode c : file.path("changeEvents")) {
			this.changes.add(new ImportRegistry.Change(c.path("id").asString(), c.path("kind").asString(),
					c.path("date").asString(null), strings(c.path("originals")), strings(c.path("results"))));
		}
	}

	private static void declare(JsonNode entries, Map<String, Declared> into) {
		for (JsonNode entry : entries) {
			String id = entry.path("id").asString();
			Declared declared = into.computeIfAbsent(id, k -> new Declared(entry.path("name").asString()));
			declared.aliases.addAll(strings(entry.path("aliases")));
		}
	}

	private ImportRegistry build() {
		return new ImportRegistry(known(this.people), known(this.organisations), known(this.bodies),
				known(this.initiatives), known(this.standards), List.copyOf(this.seats), List.copyOf(this.changes),
				Set.copyOf(this.meetingIds), Set.copyOf(this.agendaItemIds), Set.copyOf(this.documentIds));
	}

	private static List<ImportRegistry.Known> known(Map<String, Declared> declared) {
		return declared.entrySet()
			.stream()
			.map(e -> new ImportRegistry.Known(e.getKey(), e.getValue().name,
					e.getValue().aliases.stream().filter(a -> !a.equals(e.getValue().name)).toList()))
			.toList();
	}

	private static List<String> strings(JsonNode list) {
		List<String> values = new ArrayList<>();
		list.forEach(v -> values.add(v.asString()));
		return values;
	}

	private static LocalDate date(JsonNode value) {
		String text = value.asString(null);
		try {
			return (text == null || text.isBlank() || "null".equals(text)) ? null : LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static JsonNode parse(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			JsonNode node = yaml.readTree(in);
			return (node != null) ? node : yaml.createObjectNode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + resource, ex);
		}
	}

	private static List<Resource> list(PathMatchingResourcePatternResolver resolver, String pattern) {
		try {
			return Arrays.stream(resolver.getResources(pattern))
				.filter(Resource::exists)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + pattern, ex);
		}
	}

	private static final class Declared {

		final String name;

		final Set<String> aliases = new LinkedHashSet<>();

		Declared(String name) {
			this.name = name;
		}

	}

}
