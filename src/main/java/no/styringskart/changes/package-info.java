/** Change events (W3C ORG): mergers, successions and establishments that link old and new entities. */
package no.styringskart.changes;
