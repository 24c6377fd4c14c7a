package no.styringskart.importer;

/**
 * A person named in a paper for a meeting, as written, before resolution.
 *
 * @param name the name as written (OCR damage included)
 * @param organisation the organisation as written, or null
 * @param role medlem, leder, observator, sekretariat, gjest, innleder or vara
 * @param status invited, present, absent or partial
 * @param note a note on the attendance as written ("fra kl. 12.30"), or null
 * @param evidence where the paper says it
 */
record Participant(String name, String organisation, String role, String status, String note, Quote evidence) {

	Participant withOrganisation(String written) {
		return new Participant(this.name, written, this.role, this.status, this.note, this.evidence);
	}

	Participant withNote(String written) {
		String status = ParticipantLists.limitsAttendance(written) && !"absent".equals(this.status) ? "partial"
				: this.status;
		return new Participant(this.name, this.organisation, this.role, status, written, this.evidence);
	}

}
