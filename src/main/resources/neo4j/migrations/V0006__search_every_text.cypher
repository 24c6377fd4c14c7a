// Search reads every textual property of every kind of node and relationship, through the analyzer that folds
// text as the query's words are folded (search/FoldingAnalyzerProvider; standard-folding on an external server).
DROP INDEX search IF EXISTS;
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Organisation|Person|Body|Initiative|Standard|AgendaItem|Meeting|Role|Membership|Attendance|StandardAdoption|ChangeEvent|Document|Statement|MilestoneDate)
ON EACH [n.name, n.aliases, n.number, n.title, n.titles, n.text, n.stated, n.decision, n.proposedDecision, n.summary,
  n.description, n.attachments, n.note, n.status, n.place, n.scope, n.evidenceQuotes]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'styringskart-folding'}};
CREATE FULLTEXT INDEX search_relations IF NOT EXISTS
FOR ()-[r:DEPENDS_ON|ADVISES|REPORTS_TO|PART_OF|PREPARES_FOR|SUCCEEDED_BY|SECRETARIAT_FOR|DECIDES_FOR|HAS_POSITION|INVOLVES]-()
ON EACH [r.note, r.title, r.role, r.evidenceQuotes]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'styringskart-folding'}};
// A new index fills in the background; search must not answer from a half-filled one.
CALL db.awaitIndexes(300);
