package no.styringskart.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import no.styringskart.shared.ReadQueries;
import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Test-only hooks shared by every full-app test: counts the Cypher statements the query controllers send through
 * {@link ReadQueries} and the Spring transactions the app begins, and keeps Spring's schema mapping report so a test can fail on unmapped fields.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

	public static final AtomicInteger cypherStatements = new AtomicInteger();

	public static final AtomicInteger transactionsBegun = new AtomicInteger();

	public static final AtomicReference<SchemaReport> schemaReport = new AtomicReference<>();

	@Bean
	static BeanPostProcessor countingReadQueries() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof ReadQueries)) {
					return bean;
				}
				// a class proxy sees only calls from outside: one() and the overloads run one statement through list()
				ProxyFactory counting = new ProxyFactory(bean);
				counting.setProxyTargetClass(true);
				counting.addAdvice((MethodInterceptor) call -> {
					cypherStatements.incrementAndGet();
					return call.proceed();
				});
				return counting.getProxy();
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
