// Search matches folded keys (lower-case ASCII, ø→o, æ→ae, å→a) so accents and OCR forms meet.
DROP INDEX search IF EXISTS;
CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Organisation|Person|Body|Initiative|Standard|AgendaItem) ON EACH [n.searchKey];
// Lists of saker are keyset-paginated by meeting date and agenda position.
CREATE RANGE INDEX agenda_item_sort IF NOT EXISTS FOR (n:AgendaItem) ON (n.sortKey);
