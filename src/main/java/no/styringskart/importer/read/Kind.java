package no.styringskart.importer.read;

/** What a paper is: a notice of a meeting to come, minutes of one held, or not said. */
public enum Kind {

	INNKALLING, REFERAT, UNKNOWN;

	/** The kind a command-line or API value names ("innkalling", "referat"), or null for any other value. */
	public static Kind named(String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "innkalling", "møteinnkalling" -> INNKALLING;
			case "referat", "møtereferat" -> REFERAT;
			default -> null;
		};
	}

}
