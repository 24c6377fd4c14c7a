// Lists sorted by name page through a range index on the lower-cased name instead of sorting every node per page.
CREATE RANGE INDEX organisation_sort IF NOT EXISTS FOR (n:Organisation) ON (n.sortName);
CREATE RANGE INDEX person_sort IF NOT EXISTS FOR (n:Person) ON (n.sortName);
CREATE RANGE INDEX body_sort IF NOT EXISTS FOR (n:Body) ON (n.sortName);
CREATE RANGE INDEX initiative_sort IF NOT EXISTS FOR (n:Initiative) ON (n.sortName);
CREATE RANGE INDEX standard_sort IF NOT EXISTS FOR (n:Standard) ON (n.sortName);
// Graphs loaded before this migration get their sort names here; the seed writer sets them from now on.
MATCH (n) WHERE (n:Organisation OR n:Person OR n:Body OR n:Initiative OR n:Standard) AND n.sortName IS NULL
SET n.sortName = toLower(n.name);
