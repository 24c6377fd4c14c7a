package no.styringskart.importer.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The participant sections of these papers, bokmål and nynorsk, and what each says about the people it lists.
 */
enum Section {

	MEMBERS("(?:Medlemmer|Medlemmar|Faste medlemmer|Medlemmene)(?:\\s+(?:av|i|til)\\s+.*)?", "medlem", null),
	PARTICIPANTS("(?:Deltakere|Deltakarar|Deltagere|Møtedeltakere|Innkalte|Innkalt)", "medlem", null),
	PRESENT("(?:Til stede|Tilstede|Tilstades|Til stades|Møtt|Frammøtte|Fremmøtte)", "medlem", "present"),
	ABSENT("(?:Forfall|Fravær|Fråvær|Frafall|Meldt forfall|Ikke til stede|Ikkje til stades)", "medlem", "absent"),
	ASSISTANTS("(?:Bisittere|Bisitjarar|Bisitter|Bisittar)", "bisitter", "present"),
	OBSERVERS("(?:Observatører|Observatør|Observatørar)", "observator", null),
	ALSO("(?:I tillegg møtte|I tillegg møtte også|Andre møtende|Andre til stede|Gjester|Gjestar|Også til stede)",
			"gjest", "present"),
	ON_ITEMS("(?:Deltakelse på saker|Deltaking på saker|Deltakelse på sak|Deltaking på sak|Til stede under sak(?:er)?)",
			"gjest", "partial"),
	SECRETARIAT("(?:Sekretariat|Sekretariatet|Fra sekretariatet|Frå sekretariatet|Referent|Sekretær|Skrivar)",
			"sekretariat", null),
	CHAIR("(?:Møteleder|Møteleiar|Leder|Leiar|Fra|Frå)", "leder", null);

	final Pattern heading;

	/** The heading word opening a run-on line that goes on with the list ("Forfall Bente Mikkelsen …"). */
	final Pattern runOn;

	final String role;

	/** The status the section gives; null where it depends on the kind of paper (innkalling or referat). */
	final String status;

	Section(String words, String role, String status) {
		this.heading = Pattern.compile("^(?:" + words + ")\\s*(?::\\s*(.*))?$");
		this.runOn = Pattern.compile("^(?:" + words + ")\\s+(?=\\p{Lu})");
		this.role = role;
		this.status = status;
	}

	/** The section a line opens, and what follows its label on the same line. */
	static Opened open(String line) {
		if (line.length() > 400 && !line.contains(":")) {
			return null;
		}
		for (Section section : values()) {
			Matcher m = section.heading.matcher(line);
			if (m.matches()) {
				boolean labelled = line.contains(":");
				if (section == CHAIR && !labelled) {
					continue;
				}
				return new Opened(section, (m.group(1) != null) ? m.group(1).strip() : "");
			}
			// a run-on section: the heading word, then its list on the same line
			Matcher start = section.runOn.matcher(line);
			if (section != CHAIR && section != MEMBERS && line.length() > 60 && start.find()) {
				return new Opened(section, line.substring(start.end()));
			}
		}
		return null;
	}

	/** Whether a section lists the body's members, so that a stand-in there is a vara for an absent member. */
	static boolean listsMembers(Section section) {
		return section == MEMBERS || section == PARTICIPANTS || section == PRESENT;
	}

	/** The status of a person in this section of an innkalling or a referat (or a paper of unknown kind). */
	String status(Kind kind) {
		if (this.status != null) {
			return this.status;
		}
		return switch (kind) {
			case INNKALLING -> "invited";
			case REFERAT -> (this == PARTICIPANTS) ? "listed" : "present";
			case UNKNOWN -> "listed";
		};
	}

	record Opened(Section section, String rest) {
	}

}
