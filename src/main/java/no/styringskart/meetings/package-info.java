/** Meetings of the bodies, who attended them, and their agenda items (saker) with proposals and vedtak. */
package no.styringskart.meetings;
