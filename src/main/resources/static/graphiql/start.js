// Mounts GraphiQL against this app's /graphql endpoint with a first query that shows what the graph holds.
(function () {
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const defaultQuery = `# Styringskart: Norwegian e-health governance as a graph.
# Press the play button (or Ctrl-Enter) to run. Open the docs (top left) to browse the schema.
{
  about {
    neo4jVersion
    nodeCount
    relationshipCount
    labels { name count }
  }
}
`;
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: false }));
})();
