package no.styringskart.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.styringskart.importer.layout.Line;

/** What became of each logical line: recognised, uncertain or skipped, with what it was or why. The first word wins. */
public final class Accounts {

	private final Map<Line, Account> accounts = new LinkedHashMap<>();

	void recognised(Line line, String what) {
		this.accounts.putIfAbsent(line, new Account(line, Outcome.RECOGNISED, what));
	}

	void uncertain(Line line, String why) {
		this.accounts.putIfAbsent(line, new Account(line, Outcome.UNCERTAIN, why));
	}

	void skipped(Line line, String why) {
		this.accounts.putIfAbsent(line, new Account(line, Outcome.SKIPPED, why));
	}

	boolean has(Line line) {
		return this.accounts.containsKey(line);
	}

	/** Every line, in reading order; a line no reader took is skipped as running text. */
	List<Account> all(List<Line> lines) {
		List<Account> all = new ArrayList<>();
		for (Line line : lines) {
			all.add(this.accounts.getOrDefault(line, new Account(line, Outcome.SKIPPED,
					"running text: no field, participant list or sak")));
		}
		return all;
	}

	public enum Outcome {
		RECOGNISED, UNCERTAIN, SKIPPED
	}

	public record Account(Line line, Outcome outcome, String what) {
	}

}
