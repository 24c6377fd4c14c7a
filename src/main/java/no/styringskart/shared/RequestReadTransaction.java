package no.styringskart.shared;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs a query operation in one read-only Neo4j transaction that all of its resolvers join ({@link QueryController}
 * methods are {@code @Transactional} with the default propagation), instead of a transaction per resolver: every
 * nesting level of a request cost a BEGIN and a COMMIT round trip of its own. The transaction is rolled back at the
 * end, as there is nothing to commit, and has the same timeout as a resolver's. Mutations run as before, and so
 * does a query when Neo4j cannot begin a transaction (the resolvers then report the outage).
 * <p>
 * graphql-java resolves a request on the thread that runs it, batch loaders included, so the transaction bound to
 * that thread is seen by every resolver; a resolver that ran elsewhere would simply open its own.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestReadTransaction implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RequestReadTransaction.class);

	private final PlatformTransactionManager transactions;

	private final ParsedDocuments parsed;

	private final DefaultTransactionDefinition readOnly = new DefaultTransactionDefinition();

	RequestReadTransaction(PlatformTransactionManager transactions, ParsedDocuments parsed,
			@Value("${styringskart.limits.query-timeout-seconds:10}") int timeoutSeconds) {
		this.transactions = transactions;
		this.parsed = parsed;
		this.readOnly.setReadOnly(true);
		this.readOnly.setTimeout(timeoutSeconds);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!isQuery(request)) {
			return chain.next(request);
		}
		return Mono.defer(() -> {
			TransactionStatus shared;
			try {
				shared = this.transactions.getTransaction(this.readOnly);
			}
			catch (RuntimeException unavailable) {
				// Neo4j is away: each resolver meets that itself and reports it as SERVICE_UNAVAILABLE
				return chain.next(request);
			}
			try {
				return Mono.justOrEmpty(chain.next(request).block());
			}
			finally {
				rollBack(shared);
			}
		});
	}

	/** Nothing to commit; a transaction the database already ended (timeout, outage) needs no more. */
	private void rollBack(TransactionStatus shared) {
		try {
			this.transactions.rollback(shared);
		}
		catch (RuntimeException alreadyEnded) {
			log.debug("Ending the request's read transaction failed: {}", alreadyEnded.getMessage());
		}
	}

	/** True for a query operation; a mutation, or a document graphql-java will reject anyway, goes through as is. */
	private boolean isQuery(WebGraphQlRequest request) {
		Document document;
		try {
			document = this.parsed.document(request.getDocument()).orElseGet(() -> Parser.parse(request.getDocument()));
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
		String name = request.getOperationName();
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter(operation -> name == null || name.equals(operation.getName()))
			.findFirst()
			.map(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY)
			.orElse(false);
	}

}
