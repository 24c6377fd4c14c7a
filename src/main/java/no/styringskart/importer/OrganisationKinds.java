package no.styringskart.importer;

import java.util.Locale;

/** A first guess at the kind and sector of a new organisation or body from its name, for the reviewer to check. */
final class OrganisationKinds {

	private OrganisationKinds() {
	}

	static String kind(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.endsWith("kommune")) {
			return "kommune";
		}
		if (n.endsWith(" rhf")) {
			return "rhf";
		}
		if (n.endsWith(" hf")) {
			return "hf";
		}
		if (n.endsWith(" sf")) {
			return "statsforetak";
		}
		if (n.contains("direktorat")) {
			return "direktorat";
		}
		if (n.contains("departement")) {
			return "departement";
		}
		if (n.contains("institutt")) {
			return "institutt";
		}
		if (n.contains("forbund") || n.contains("forening")) {
			return "profesjonsforening";
		}
		return "annet";
	}

	static String sector(String name) {
		return switch (kind(name)) {
			case "kommune" -> "kommune";
			case "rhf", "hf" -> "spesialisthelsetjeneste";
			case "statsforetak", "direktorat", "departement", "institutt" -> "stat";
			default -> null;
		};
	}

	static String bodyKind(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("programstyre")) {
			return "programstyre";
		}
		if (n.contains("prosjektstyre")) {
			return "prosjektstyre";
		}
		if (n.contains("arbeidsgruppe")) {
			return "arbeidsgruppe";
		}
		if (n.contains("utvalg")) {
			return "utvalg";
		}
		if (n.contains("råd") || n.contains("fagråd")) {
			return "rad";
		}
		if (n.contains("styre") || n.contains("styringsgruppe")) {
			return "styre";
		}
		return n.contains("forum") ? "forum" : "annet";
	}

}
