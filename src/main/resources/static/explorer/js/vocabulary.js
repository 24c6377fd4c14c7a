// Norwegian labels (and colours) for the codes the seed uses: relations between bodies, dependency kinds,
// attendance and meeting status. Unknown codes are shown as they are.

const BODY_RELATIONS = {
  advises: ['gir råd til', '#1f5fa8'], reports_to: ['rapporterer til', '#7b3fa0'], part_of: ['er en del av', '#888'],
  prepares_for: ['forbereder saker for', '#2d8a6b'], decides_for: ['beslutter for', '#b23a48'],
  succeeded_by: ['etterfølges av', '#c26a12'], secretariat: ['sekretariat', '#0f7c8c'],
};

const DEPENDENCIES = {
  depends_on: ['avhenger av', '#1f5fa8'], prerequisite_for: ['forutsetning for', '#7b3fa0'],
  builds_on: ['bygger på', '#2d8a6b'], delivers_to: ['leverer til', '#c26a12'], part_of: ['del av', '#777'],
  affects: ['påvirker', '#b23a48'], uses_standard: ['bruker standard', '#0f7c8c'], replaces: ['erstatter', '#444'],
};

const ATTENDANCE = { present: 'til stede', absent: 'forfall', partial: 'delvis til stede', invited: 'innkalt' };

const MEETINGS = { held: 'avholdt', planned: 'planlagt' };

function lookup(table, code) {
  return table[code] || [code.replaceAll('_', ' '), '#555'];
}

/** [label, colour] of a relation between bodies. */
export const bodyRelation = (kind) => lookup(BODY_RELATIONS, kind);

/** [label, colour] of a dependency kind. */
export const dependencyKind = (kind) => lookup(DEPENDENCIES, kind);

export const attendanceStatus = (status) => ATTENDANCE[status] || status;

export const meetingStatus = (status) => MEETINGS[status] || status;

const STATEMENT_KINDS = {
  CRITERION: 'Kriterier', ALTERNATIVE: 'Alternativer', ISSUE: 'Problemer', REASON: 'Begrunnelser',
  POSITION: 'Standpunkter', INPUT: 'Innspill', RECOMMENDATION: 'Anbefalinger', ACTION_POINT: 'Oppfølgingspunkter',
  RISK: 'Risikoer', FIGURE: 'Tall', MILESTONE: 'Milepæler', GOAL: 'Mål', FINDING: 'Funn', FACT: 'Fakta',
  PROPOSAL: 'Forslag', DECISION: 'Beslutninger', QUESTION: 'Spørsmål', DESCRIPTION: 'Beskrivelser',
};

const INVOLVEMENT_ROLES = {
  OWNER: 'Eier', COORDINATOR: 'Koordinator', PARTICIPANT: 'Deltaker', PILOT_SITE: 'Pilot',
  COMPETENT_AUTHORITY: 'Ansvarlig myndighet', AFFILIATED_ENTITY: 'Tilknyttet virksomhet', TREATED_BY: 'Behandlet av',
  ANCHORED_IN: 'Forankret i', INFORMED: 'Orientert', RESPONSIBLE: 'Ansvarlig', SUPPLIER: 'Leverandør',
  FUNDER: 'Finansierer', USER: 'Bruker', CONTRIBUTOR: 'Bidragsyter',
};

/** Norwegian heading of a kind of statement. */
export const statementKind = (kind) => STATEMENT_KINDS[kind] || kind;

/** Norwegian name of an involvement role. */
export const involvementRole = (role) => INVOLVEMENT_ROLES[role] || role;
