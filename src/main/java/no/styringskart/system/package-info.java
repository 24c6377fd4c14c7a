/**
 * Cross-cutting parts of the running service: what the graph holds ({@code about}), the startup report,
 * the bundled GraphiQL page.
 */
package no.styringskart.system;
