package no.styringskart.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} scalar: ISO-8601 calendar dates ({@code 2021-03-18}) as {@link LocalDate}. */
@Configuration(proxyBeanMethods = false)
class DateScalar {

	@Bean
	RuntimeWiringConfigurer dateScalarWiring() {
		GraphQLScalarType date = GraphQLScalarType.newScalar()
			.name("Date")
			.description("An ISO-8601 calendar date, e.g. 2021-03-18.")
			.coercing(new DateCoercing())
			.build();
		return wiring -> wiring.scalar(date);
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Not a date: " + value);
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				return LocalDate.parse(String.valueOf(input));
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseValueException("Expected a date like 2021-03-18, got '" + input + "'");
			}
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				try {
					return LocalDate.parse(string.getValue());
				}
				catch (DateTimeParseException ex) {
					// reported below with the offending value
				}
			}
			throw new CoercingParseLiteralException("Expected a date like \"2021-03-18\", got " + input);
		}

	}

}
