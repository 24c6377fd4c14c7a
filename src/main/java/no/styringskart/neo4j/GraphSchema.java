package no.styringskart.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the database's constraints and indexes up to date before anything reads or writes: applies the
 * versioned {@code classpath:neo4j/migrations/V<n>__<name>.cypher} files newer than the version recorded in the
 * graph, in order, and records each.
 */
@Component
public class GraphSchema {

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	/**
	 * The app's own full-text analyzer ({@code search/FoldingAnalyzerProvider}) exists only where Neo4j runs in the
	 * app's JVM; an external server gets the nearest built-in one, which folds accents alike but keeps {@code @}.
	 */
	private static final String APP_ANALYZER = "'styringskart-folding'";

	private static final String BUILT_IN_ANALYZER = "'standard-folding'";

	private final Driver driver;

	GraphSchema(Driver driver) {
		this.driver = driver;
	}

	/** Applies the migrations the graph does not have yet; safe to call again. */
	public void apply() {
		try (Session session = this.driver.session()) {
			long current = session.executeRead(tx -> tx
				.run("OPTIONAL MATCH (v:__SchemaVersion) RETURN coalesce(max(v.version), 0) AS version")
				.single()
				.get("version")
				.asLong());
			for (Resource migration : migrations()) {
				Matcher name = FILE.matcher(migration.getFilename());
				if (!name.matches() || Long.parseLong(name.group(1)) <= current) {
					continue;
				}
				long version = Long.parseLong(name.group(1));
				boolean appAnalyzer = hasAppAnalyzer(session);
				for (String statement : statements(migration)) {
					if (!appAnalyzer && statement.contains(APP_ANALYZER)) {
						log.warn("Neo4j has no {} analyzer (an external server); the index uses {}", APP_ANALYZER,
								BUILT_IN_ANALYZER);
						statement = statement.replace(APP_ANALYZER, BUILT_IN_ANALYZER);
					}
					session.run(statement).consume(); // schema changes run in their own transactions
				}
				session.executeWrite(tx -> tx.run("CREATE (:__SchemaVersion {version: $version, name: $name, at: datetime()})",
						Map.of("version", version, "name", name.group(2))).consume());
				log.info("Applied graph schema migration V{} ({})", version, name.group(2));
			}
		}
	}

	private static boolean hasAppAnalyzer(Session session) {
		return session.run("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer WHERE analyzer = $name RETURN count(*) > 0 AS found",
				Map.of("name", APP_ANALYZER.replace("'", "")))
			.single()
			.get("found")
			.asBoolean();
	}

	private static List<Resource> migrations() {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:neo4j/migrations/*.cypher"))
				.sorted(Comparator.comparingLong(r -> {
					Matcher m = FILE.matcher(r.getFilename());
					return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
				}))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> statements(Resource migration) {
		try {
			String text = migration.getContentAsString(StandardCharsets.UTF_8);
			return Arrays.stream(text.split(";\\s*(\\n|$)"))
				.map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip())
				.filter(s -> !s.isEmpty())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
