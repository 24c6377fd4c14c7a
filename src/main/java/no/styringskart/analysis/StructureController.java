package no.styringskart.analysis;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import no.styringskart.analysis.StructureResults.AdvisoryModel;
import no.styringskart.analysis.StructureResults.BodyProfile;
import no.styringskart.changes.ChangeEvent;
import no.styringskart.councils.Body;
import no.styringskart.councils.BodyRelation;
import no.styringskart.shared.QueryController;
import no.styringskart.shared.ReadQueries;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;

@QueryController
class StructureController {

	private static final String MODEL = """
			RETURN COLLECT { MATCH (b:Body) RETURN b ORDER BY b.name } AS bodies,
			       COLLECT { MATCH (a:Body)-[r:%s]->(b) RETURN {a: a, r: r, b: b} ORDER BY a.name, type(r), b.name } AS relations,
			       COLLECT { MATCH (e:ChangeEvent) RETURN e ORDER BY e.date, e.id } AS events"""
		.formatted(BodyRelation.TYPES);

	/** The DataLoader of profiles: its keys carry the selection each profile was asked with. */
	private static final String PROFILES = "Body.profile";

	private final ReadQueries neo4j;

	private final BodyProfiles profiles;

	StructureController(ReadQueries neo4j, BodyProfiles profiles, BatchLoaderRegistry loaders) {
		this.neo4j = neo4j;
		this.profiles = profiles;
		// not cached: a profile asked again elsewhere in the request may ask for other parts
		loaders.<Body, BodyProfile>forName(PROFILES)
			.withOptions(options -> options.setCachingEnabled(false))
			.registerMappedBatchLoader((bodies, environment) -> Mono.fromSupplier(() -> profiles.of(bodies,
					environment.getKeyContexts().values().stream().map(DataFetchingFieldSelectionSet.class::cast))));
	}

	@QueryMapping
	AdvisoryModel advisoryModel() {
		return this.neo4j.one(MODEL, r -> new AdvisoryModel(r.get("bodies").asList(v -> Body.of(v.asNode())),
				r.get("relations").asList(BodyRelation::of), r.get("events").asList(v -> ChangeEvent.of(v.asNode()))))
			.orElseThrow();
	}

	/**
	 * Read ahead with a body looked up by id, or batched as a {@code @BatchMapping} would be, with each body's
	 * selection passed to the loader.
	 */
	@SchemaMapping(typeName = "Body")
	CompletableFuture<BodyProfile> profile(Body body, DataFetchingEnvironment environment) {
		DataFetchingFieldSelectionSet selection = environment.getSelectionSet();
		return this.profiles.readAhead(environment.getGraphQlContext(), body, selection)
			.map(CompletableFuture::completedFuture)
			.orElseGet(() -> environment.<Body, BodyProfile>getDataLoader(PROFILES).load(body, selection));
	}

}
