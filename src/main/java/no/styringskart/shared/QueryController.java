package no.styringskart.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A GraphQL controller that only reads: its Cypher goes through {@link ReadQueries}, each statement a transaction of
 * its own that cannot write (a cluster routes it to a reader) and that the database itself terminates after
 * {@code styringskart.limits.query-timeout-seconds}, so an abandoned query does not keep the server busy.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface QueryController {

}
