// Mounts GraphiQL against this app's /graphql endpoint, with one tab per example use case. The examples are
// the same documents the API tests run (static/graphiql/examples).
(async function () {
  const examples = [
    ['dependentsOfTag', 'Which tiltak depend on TAG?'],
    ['overlapNufaNuit', 'Overlap NUFA–NUIT'],
    ['bridgingPeople', 'Bridging people'],
    ['advisoryModel', 'Structure of the model'],
    ['nuitProfile', 'NUIT for evaluators'],
    ['saidInSak', 'What a sak\'s papers say'],
    ['searchSorOst', 'Search (OCR-tolerant)'],
    ['searchQuotes', 'Search quotes and sak numbers'],
    ['personProfile', 'A person'],
    ['meetingsOfNuit', 'Meetings, paged'],
  ];
  const variables = {
    searchSorOst: '{ "text": "Sgr-@st" }',
    searchQuotes: '{ "text": "sak 51/18" }',
    meetingsOfNuit: '{ "after": null }',
  };
  const tabs = await Promise.all(examples.map(async ([name]) => {
    const response = await fetch('/graphiql/examples/' + name + '.graphql');
    return { query: await response.text(), variables: variables[name] || '' };
  }));
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }));
})();
