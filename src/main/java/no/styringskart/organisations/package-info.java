/** Organisations (RHFs, kommuner, KS, directorates, professional bodies, SDOs) and where they hold seats. */
package no.styringskart.organisations;
