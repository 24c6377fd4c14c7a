package no.styringskart.statements;

import java.util.List;
import java.util.Locale;

import no.styringskart.shared.Evidence;
import no.styringskart.shared.Values;
import org.neo4j.driver.types.MapAccessor;

/** One date of a milestone as one passage states it: verbatim, normalised when possible, and of which kind. */
record MilestoneDate(String stated, String date, MilestoneDateKind kind, List<Evidence> evidence) {

	static MilestoneDate of(MapAccessor n) {
		return new MilestoneDate(Values.string(n, "stated"), Values.string(n, "date"),
				MilestoneDateKind.of(Values.string(n, "kind")), Evidence.of(n));
	}

	/**
	 * Whether two of the dates name different days for the same kind (two planned dates, say): the sources
	 * disagree. Dates are compared normalised where both have a normalised form, else as written.
	 */
	static boolean disagree(List<MilestoneDate> dates) {
		for (int i = 0; i < dates.size(); i++) {
			for (int j = i + 1; j < dates.size(); j++) {
				MilestoneDate a = dates.get(i);
				MilestoneDate b = dates.get(j);
				if (a.kind() == b.kind() && !a.day().equals(b.day())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether a revised date stands beside the others: the papers say the date moved. */
	static boolean moved(List<MilestoneDate> dates) {
		return dates.stream().anyMatch(date -> date.kind() == MilestoneDateKind.REVISED);
	}

	private String day() {
		return (this.date != null) ? this.date : this.stated.strip().toLowerCase(Locale.ROOT);
	}

}
