/** Initiatives (tiltak): programmes, projects, national solutions, plans, and their dependencies. */
package no.styringskart.initiatives;
