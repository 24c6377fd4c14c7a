// Meetings per body on a time axis; every point opens its meeting.
import { gql } from '../api.js';
import { append, chart, formatDate, h, link, shortName } from '../dom.js';

const MEETINGS = `query($after: String) { meetings(first: 100, after: $after) {
  edges { node { id number date status place body { id name aliases } agendaItems { id } } }
  pageInfo { hasNextPage endCursor }
} }`;

async function allMeetings() {
  const meetings = [];
  let after = null;
  for (let page = 0; page < 50; page++) { // 5,000 meetings is far beyond what a timeline can show
    const connection = (await gql(MEETINGS, { after })).meetings;
    meetings.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return meetings;
}

export async function timelinePage(main) {
  const meetings = await allMeetings();
  const bodies = new Map();
  for (const meeting of meetings) {
    if (!bodies.has(meeting.body.id)) bodies.set(meeting.body.id, { body: meeting.body, meetings: [] });
    bodies.get(meeting.body.id).meetings.push(meeting);
  }
  const rows = [...bodies.values()].sort((a, b) => a.meetings[0].date.localeCompare(b.meetings[0].date));
  const canvas = h('div', { class: 'chart tall', id: 'timeline-chart', role: 'img',
    'aria-label': 'Møter per organ over tid. Samme møter står i tabellen under.' });
  append(main, 
    h('h1', {}, 'Tidslinje'),
    h('p', {}, meetings.length + ' møter i ' + rows.length + ' organer. Punktets størrelse viser antall saker; ' +
      'klikk et punkt for å åpne møtet.'),
    canvas,
    h('table', { class: 'data', id: 'timeline-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Organ'), h('th', {}, 'Møter'))),
      h('tbody', {}, rows.map(({ body, meetings: held }) => h('tr', {},
        h('th', { scope: 'row' }, link('Body', body, shortName(body))),
        h('td', {}, held.flatMap((m, i) => [i ? ', ' : '', link('Meeting', m, formatDate(m.date) + (m.number ? ' (' + m.number + ')' : ''))])))))));
  chart(canvas, {
    tooltip: { formatter: (p) => p.data.label },
    grid: { left: 120, right: 30, top: 20, bottom: 60 },
    xAxis: { type: 'time', axisLabel: { formatter: '{yyyy}' } },
    yAxis: { type: 'category', data: rows.map(({ body }) => shortName(body)), inverse: true },
    dataZoom: [{ type: 'slider', xAxisIndex: 0 }, { type: 'inside', xAxisIndex: 0 }],
    series: [{ type: 'scatter', itemStyle: { color: '#1f5fa8' },
      symbolSize: (value, params) => 8 + Math.min(16, params.data.sakCount),
      data: rows.flatMap(({ body, meetings: held }) => held.map((m) => ({
        value: [m.date, shortName(body)], id: m.id, sakCount: m.agendaItems.length,
        label: shortName(body) + ' ' + formatDate(m.date) + (m.number ? ', møte ' + m.number : '') + ' – ' + m.agendaItems.length + ' saker' }))) }],
  }).then((instance) => instance.on('click', (params) => {
    location.hash = '#/meeting/' + encodeURIComponent(params.data.id);
  }));
  return 'Tidslinje';
}
