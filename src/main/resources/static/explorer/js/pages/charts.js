// Figures about one body for evaluators: members by sector and organisation, attendance, saker by type over time.
import { gql } from '../api.js';
import { chart, h, percent, formatDate, replace } from '../dom.js';

const PROFILE = `query($id: ID!) { body(id: $id) {
  id name
  meetings { id date agendaItems { type } }
  profile {
    meetingCount attendanceRate
    membersBySector { name count }
    membersByOrganisation { organisation { id name } count }
    attendanceByOrganisation { organisation { id name } present partial absent rate }
  }
} }`;

export async function bodyCharts(container, bodyId) {
  let body;
  try {
    body = (await gql(PROFILE, { id: bodyId })).body;
  } catch (error) {
    replace(container, h('p', { class: 'error' }, 'Figurene kunne ikke lastes: ' + error.message));
    return;
  }
  const profile = body.profile;
  const bySector = h('div', { class: 'chart', id: 'chart-sector', role: 'img',
    'aria-label': 'Medlemmer per sektor: ' + profile.membersBySector.map((s) => s.name + ' ' + s.count).join(', ') });
  const byOrganisation = h('div', { class: 'chart tall', id: 'chart-organisation', role: 'img',
    'aria-label': 'Medlemmer per organisasjon' });
  const attendance = h('div', { class: 'chart tall', id: 'chart-attendance', role: 'img',
    'aria-label': 'Oppmøte per organisasjon' });
  const sakTypes = h('div', { class: 'chart', id: 'chart-saker', role: 'img', 'aria-label': 'Saker per type over tid' });
  replace(container, 
    h('p', {}, profile.meetingCount + ' møter i grafen. Oppmøte over møter med referat: ',
      h('strong', { id: 'attendance-rate' }, percent(profile.attendanceRate)), '.'),
    h('div', { class: 'charts' },
      h('div', {}, h('h3', {}, 'Medlemmer per sektor'), bySector),
      h('div', {}, h('h3', {}, 'Saker per type, per møte'), sakTypes),
      h('div', {}, h('h3', {}, 'Medlemmer per organisasjon'), byOrganisation),
      h('div', {}, h('h3', {}, 'Oppmøte per organisasjon (møter med referat)'), attendance)));
  chart(bySector, bars(profile.membersBySector.map((s) => [s.name, s.count]), 'Medlemmer'));
  chart(byOrganisation, bars(profile.membersByOrganisation.map((o) => [o.organisation.name, o.count]), 'Medlemmer', true));
  chart(attendance, attendanceBars(profile.attendanceByOrganisation));
  chart(sakTypes, sakTypesOverTime(body.meetings));
}

function bars(pairs, seriesName, horizontal = false) {
  const names = pairs.map(([name]) => name);
  const category = { type: 'category', data: horizontal ? [...names].reverse() : names,
    axisLabel: { width: 180, overflow: 'truncate', interval: 0, rotate: horizontal ? 0 : 25 } };
  const values = pairs.map(([, count]) => count);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: horizontal ? 190 : 40, right: 20, top: 10, bottom: horizontal ? 30 : 80 },
    xAxis: horizontal ? { type: 'value', minInterval: 1 } : category,
    yAxis: horizontal ? category : { type: 'value', minInterval: 1 },
    series: [{ name: seriesName, type: 'bar', data: horizontal ? [...values].reverse() : values, itemStyle: { color: '#1f5fa8' } }],
  };
}

function attendanceBars(rows) {
  const sorted = [...rows].sort((a, b) => a.rate - b.rate);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 190, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'value', minInterval: 1, name: 'møter' },
    yAxis: { type: 'category', data: sorted.map((r) => r.organisation.name), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      { name: 'Til stede', type: 'bar', stack: 'a', data: sorted.map((r) => r.present), itemStyle: { color: '#3b8b4a' } },
      { name: 'Delvis', type: 'bar', stack: 'a', data: sorted.map((r) => r.partial), itemStyle: { color: '#d9a520' } },
      { name: 'Ikke til stede', type: 'bar', stack: 'a', data: sorted.map((r) => r.absent), itemStyle: { color: '#b84a33' } },
    ],
  };
}

function sakTypesOverTime(meetings) {
  const dated = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  const types = [...new Set(dated.flatMap((m) => m.agendaItems.map((item) => item.type || 'uten type')))].sort();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 20, top: 40, bottom: 50 },
    xAxis: { type: 'category', data: dated.map((m) => formatDate(m.date)) },
    yAxis: { type: 'value', minInterval: 1, name: 'saker' },
    series: types.map((type) => ({ name: type, type: 'bar', stack: 'saker',
      data: dated.map((m) => m.agendaItems.filter((item) => (item.type || 'uten type') === type).length) })),
  };
}
