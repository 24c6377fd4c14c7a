// Every seeded node has a stable id, unique per label.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT standard_id IF NOT EXISTS FOR (n:Standard) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT membership_id IF NOT EXISTS FOR (n:Membership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attendance_id IF NOT EXISTS FOR (n:Attendance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agenda_item_id IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT standard_adoption_id IF NOT EXISTS FOR (n:StandardAdoption) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_event_id IF NOT EXISTS FOR (n:ChangeEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
// Meetings are browsed by date.
CREATE RANGE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
// One full-text index over names, aliases, titles and decisions, for search.
CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Organisation|Person|Body|Initiative|Standard|AgendaItem|Role) ON EACH [n.name, n.aliases, n.title, n.decision, n.proposedDecision];
