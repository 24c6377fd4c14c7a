package no.styringskart.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How and when the seed is loaded.
 *
 * @param location a Spring resource location holding {@code sources.yaml}, {@code registry/}, {@code papers/} and
 * {@code sources/} ({@code classpath:seed/} is the copy packaged in the app; {@code file:seed/} the checkout)
 * @param load {@code if-empty} loads at startup when the graph holds no seeded data, {@code always} reloads at
 * every startup (the on-demand switch: {@code --styringskart.seed.load=always}), {@code never} leaves the graph
 * alone
 */
@ConfigurationProperties("styringskart.seed")
public record SeedProperties(@DefaultValue("classpath:seed/") String location, @DefaultValue("if-empty") Load load) {

	public enum Load {

		IF_EMPTY, ALWAYS, NEVER

	}

}
