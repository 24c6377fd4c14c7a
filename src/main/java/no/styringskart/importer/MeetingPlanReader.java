package no.styringskart.importer;

import java.util.Map;

/**
 * The seed-layout reader's meeting plans (møtekalender): the meetings after the one a plan belongs to are
 * planned meetings of the same body.
 */
final class MeetingPlanReader {

	private final PaperText text;

	private final ImportRegistry registry;

	private final DraftBuilder draft;

	private final Map<String, MeetingBuilder> meetings;

	MeetingPlanReader(PaperText text, ImportRegistry registry, DraftBuilder draft, Map<String, MeetingBuilder> meetings) {
		this.text = text;
		this.registry = registry;
		this.draft = draft;
		this.meetings = meetings;
	}

	/** A møtekalender: the meetings after the one it belongs to are planned meetings of the same body. */
	void read(int heading, Map<DocumentSections.Part, MeetingBuilder> meetingOfPart) {
		MeetingBuilder owner = null;
		for (Map.Entry<DocumentSections.Part, MeetingBuilder> e : meetingOfPart.entrySet()) {
			if (e.getKey().start() <= heading) {
				owner = e.getValue();
			}
		}
		if (owner == null) {
			this.draft.skipped.add(new ImportReport.Item("meeting plan", "a meeting plan before any meeting header: "
					+ "whose meetings it lists is not known", heading, heading));
			return;
		}
		MeetingCalendar.Calendar calendar = MeetingCalendar.read(this.text, heading, owner.date.getYear());
		if (calendar.entries().isEmpty()) {
			this.draft.skipped.add(new ImportReport.Item("meeting plan", "a meeting plan heading without dates", heading,
					heading));
			return;
		}
		for (MeetingCalendar.Entry entry : calendar.entries()) {
			String id = owner.body + "-" + entry.date();
			int line = entry.evidence().firstLine();
			if (!entry.date().isAfter(owner.date) || this.meetings.containsKey(id)
					|| this.registry.meetingIds().contains(id)) {
				this.draft.skipped.add(new ImportReport.Item("meeting plan", entry.date() + " is not after "
						+ owner.id + " or is a meeting already known; the plan adds nothing to it", line, line));
				continue;
			}
			MeetingBuilder planned = new MeetingBuilder(id, owner.body, entry.date(), "planned");
			planned.paper("motekalender");
			planned.start = entry.start();
			planned.end = entry.end();
			planned.evidence.add(entry.evidence());
			this.meetings.put(id, planned);
			this.draft.recognised.add(new ImportReport.Item("meeting", "planned meeting " + id + " (meeting plan)", line,
					line));
		}
	}

}
