// What the papers say: statements and the dates of milestones are seeded nodes with stable ids.
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT milestone_date_id IF NOT EXISTS FOR (n:MilestoneDate) REQUIRE n.id IS UNIQUE;
// The list of statements is filtered by kind and paged in id order.
CREATE RANGE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
