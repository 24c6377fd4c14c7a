/** The source documents every fact cites, and the evidence that links facts to passages in them. */
package no.styringskart.sources;
