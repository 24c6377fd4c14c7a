package no.styringskart.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * A GraphQL controller that only reads. Every handler, batch loaders included, runs in a read-only Neo4j
 * transaction (a cluster routes it to a reader) that the database itself terminates after
 * {@code styringskart.limits.query-timeout-seconds}, so an abandoned query does not keep the server busy.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@Transactional(readOnly = true, timeoutString = "${styringskart.limits.query-timeout-seconds:10}")
public @interface QueryController {

}
