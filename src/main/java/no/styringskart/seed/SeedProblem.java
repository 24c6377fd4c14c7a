package no.styringskart.seed;

/**
 * One thing wrong with the seed, located precisely enough to fix it.
 *
 * @param file the seed file, relative to the seed directory (e.g. {@code papers/nuit-2025-05-15.yaml})
 * @param path where in the file: a YAML path such as {@code meetings[2].agenda[4].refersTo[0]}, or a line
 * @param message what is wrong
 */
public record SeedProblem(String file, String path, String message) {

	@Override
	public String toString() {
		return this.file + ": " + this.path + ": " + this.message;
	}

}
