package no.styringskart.importer.read;

import java.time.LocalDate;

import no.styringskart.importer.layout.Line;

/**
 * What a paper says about its meeting, each with the line it stands in (null where the paper does not say).
 *
 * @param body the body as written ("Skate", "Nasjonal samarbeidsgruppe for helseforskning (NSG)")
 * @param date the meeting's date
 * @param start start time "HH:MM"
 * @param end end time
 * @param place the place as written
 * @param kind innkalling, referat or unknown
 */
public record MeetingFields(Field<String> body, Field<LocalDate> date, Field<String> start, Field<String> end,
		Field<String> place, Kind kind) {

	/** A value and the line that gives it (null for a value given on the command line). */
	public record Field<T>(T value, Line line) {
	}

}
