package no.styringskart.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Test-only hooks shared by every full-app test: counts the Cypher statements the app sends through
 * {@link Neo4jClient} and the transactions it begins, and keeps Spring's schema mapping report so a test can fail on unmapped fields.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

	public static final AtomicInteger cypherStatements = new AtomicInteger();

	public static final AtomicInteger transactionsBegun = new AtomicInteger();

	public static final AtomicReference<SchemaReport> schemaReport = new AtomicReference<>();

	@Bean
	static BeanPostProcessor countingNeo4jClient() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof Neo4jClient client)) {
					return bean;
				}
				return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
						(proxy, method, args) -> {
							if (method.getName().equals("query")) {
								cypherStatements.incrementAndGet();
							}
							try {
								return method.invoke(client, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}
		};
	}

	@Bean
	TransactionExecutionListener countingTransactions() {
		return new TransactionExecutionListener() {
			@Override
			public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
				transactionsBegun.incrementAndGet();
			}
		};
	}

	@Bean
	GraphQlSourceBuilderCustomizer captureSchemaReport() {
		return builder -> builder.inspectSchemaMappings(schemaReport::set);
	}

}
