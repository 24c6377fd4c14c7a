package no.styringskart.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Who answers a workload: a name, and how to ask it for one complete answer. */
interface Contender {

	String name();

	/** One complete answer (all pages of a walk); fails on any error in the answer. */
	Callable<Object> ask(Workload workload, Workload.Parameters parameters);

	/**
	 * Hand-written Cypher through the Java driver: the floor. Each statement runs in auto-commit in a READ session,
	 * the driver's quickest way to read: a managed transaction ({@code executableQuery}) adds a BEGIN and a COMMIT
	 * round trip.
	 */
	record Floor(Driver driver) implements Contender {

		@Override
		public String name() {
			return "Floor";
		}

		@Override
		public Callable<Object> ask(Workload workload, Workload.Parameters parameters) {
			Map<String, Object> bound = parameters.floorParameters(workload);
			if (workload.pages() == 1) {
				return () -> read(workload.floor(), bound);
			}
			String first = workload.floor().formatted("n.sortName IS NOT NULL");
			String next = workload.floor().formatted("n.sortName >= $afterKey AND NOT (n.sortName = $afterKey AND n.id <= $afterId)");
			return () -> {
				Map<String, Object> page = new HashMap<>(bound);
				for (int i = 0; i < workload.pages(); i++) {
					Record result = read((i == 0) ? first : next, page).getFirst();
					List<Map<String, Object>> rows = result.get("page").asList(v -> v.asMap());
					if (rows.size() <= 20) {
						break; // the last page: a walk goes at most as far as the list does
					}
					Map<String, Object> last = rows.get(19);
					page.put("afterKey", last.get("key"));
					page.put("afterId", last.get("id"));
				}
				return page;
			};
		}

		private List<Record> read(String cypher, Map<String, Object> parameters) {
			try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
				return session.run(cypher, parameters).list();
			}
		}

	}

	/** How a GraphQL server is asked the workload questions: its documents, variables and page info. */
	interface Dialect {

		String document(Workload workload);

		Map<String, Object> variables(Workload workload, Workload.Parameters parameters);

		/** JSON pointer to the {@code pageInfo} of the list walk. */
		String pageInfo();

	}

	/** Styringskart's own schema. */
	Dialect STYRINGSKART = new Dialect() {

		@Override
		public String document(Workload workload) {
			return workload.graphQl();
		}

		@Override
		public Map<String, Object> variables(Workload workload, Workload.Parameters parameters) {
			return parameters.graphQlVariables(workload);
		}

		@Override
		public String pageInfo() {
			return "/data/people/pageInfo";
		}

	};

	/**
	 * The HTTP client every GraphQL contender is asked through: Apache's classic client, which sends a request and
	 * reads its answer on the calling thread. The JDK's {@code HttpClient} hands each exchange to its selector
	 * thread and back, which on these two cores cost 0.18–0.29 ms more per request, the same for both servers
	 * ({@code ./mvnw -Pbench test -Dtest=HttpClientModes}). Pooled keep-alive connections for up to sixteen
	 * clients, and no compression, as on loopback it only costs the server time.
	 */
	static CloseableHttpClient httpClient() {
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnPerRoute(32)
				.setMaxConnTotal(64)
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5)).build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(60)).build())
			.disableContentCompression()
			.disableAutomaticRetries()
			.build();
	}

	/** A GraphQL endpoint over HTTP: Styringskart, or the peer; {@code headers} go with every request. */
	record GraphQlEndpoint(String name, URI uri, CloseableHttpClient http, JsonMapper json, Dialect dialect,
			Map<String, String> headers) implements Contender {

		static GraphQlEndpoint at(String name, String url, CloseableHttpClient http, Dialect dialect) {
			return at(name, url, http, dialect, Map.of());
		}

		static GraphQlEndpoint at(String name, String url, CloseableHttpClient http, Dialect dialect,
				Map<String, String> headers) {
			return new GraphQlEndpoint(name, URI.create(url), http, JsonMapper.builder().build(), dialect, headers);
		}

		@Override
		public Callable<Object> ask(Workload workload, Workload.Parameters parameters) {
			String document = this.dialect.document(workload);
			Map<String, Object> variables = this.dialect.variables(workload, parameters);
			if (workload.pages() == 1) {
				return () -> post(document, variables);
			}
			return () -> {
				Map<String, Object> page = new HashMap<>(variables);
				JsonNode answer = null;
				for (int i = 0; i < workload.pages(); i++) {
					answer = post(document, page);
					if (!answer.at(this.dialect.pageInfo() + "/hasNextPage").asBoolean()) {
						break;
					}
					page.put("after", answer.at(this.dialect.pageInfo() + "/endCursor").asString());
				}
				return answer;
			};
		}

		JsonNode post(String document, Map<String, Object> variables) throws Exception {
			HttpPost request = new HttpPost(this.uri);
			request.setEntity(new StringEntity(this.json.writeValueAsString(Map.of("query", document, "variables", variables)),
					ContentType.APPLICATION_JSON));
			this.headers.forEach(request::setHeader);
			return this.http.execute(request, response -> {
				String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
				JsonNode answer = this.json.readTree(body);
				if (response.getCode() != 200 || answer.has("errors")) {
					throw new IllegalStateException(this.name + " answered " + response.getCode() + ": "
							+ body.substring(0, Math.min(500, body.length())));
				}
				return answer;
			});
		}

	}

}
