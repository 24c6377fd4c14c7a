/**
 * The visual explorer: a browser client of the GraphQL API (search, entity pages with evidence, overlap heatmap,
 * dependency graph, model structure, timeline), served from the app's own bundled assets, and the source papers
 * its evidence links point into.
 */
package no.styringskart.explorer;
