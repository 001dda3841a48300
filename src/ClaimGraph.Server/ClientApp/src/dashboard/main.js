import { gql } from './api.js';
import { refreshContested } from './contested.js';
import './dashboard.css';
import { showDetails } from './details.js';
import { h, text } from './dom.js';
import { Filters } from './filters.js';
import { legend } from './graphStyle.js';
import { GraphView } from './graphView.js';
import { subscribeLive } from './live.js';
import { GRAPH } from './queries.js';
import { refreshTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const details = $('details');
const status = $('graph-status');
const liveBadge = $('live');

const view = new GraphView($('graph'), (node) => showDetails(details, node));
const filters = new Filters($('filters'), (focus) => loadGraph(focus, { fresh: true }));

// What the page shows, for anyone (people with devtools, the browser tests) who wants to check it.
const state = { cy: view.cy, slice: null, loads: 0, live: 'connecting', recorded: [] };
window.claimGraph = state;

/** The export links download what the graph shows: the same focus as the graph query. */
function updateExports(focus) {
  const parameters = new URLSearchParams();
  for (const [name, ids] of Object.entries(focus)) for (const id of ids ?? []) parameters.append(name, id);
  if ([...parameters.keys()].length) parameters.set('depth', '2');
  for (const link of document.querySelectorAll('#exports a')) {
    const query = parameters.toString();
    link.href = `/export/${link.dataset.file}${query ? `?${query}` : ''}`;
  }
}

let pending = null;
async function loadGraph(focus = filters.focus(), { fresh = false } = {}) {
  updateExports(focus);
  const request = (pending = gql(GRAPH, { ...focus, depth: 2, limit: 200 }));
  try {
    const { graph } = await request;
    if (request !== pending) return;
    if (fresh || !state.slice) view.replace(graph);
    else view.merge(graph);
    state.slice = graph;
    state.loads += 1;
    status.textContent = `${graph.nodes.length} nodes, ${graph.edges.length} edges${graph.truncated ? ' (truncated: narrow the filters to see all)' : ''}`;
    document.body.dataset.graphLoads = String(state.loads);
  } catch (error) {
    status.textContent = `Could not load the graph: ${error.message}`;
    status.classList.add('error');
  }
}

let refreshTimer = null;
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    loadGraph();
    refreshContested($('contested'), (id) => filters.set('claim', id));
    refreshTimeline($('timeline'));
  }, 150);
}

$('legend').replaceChildren(
  ...legend.map((item) =>
    h('li', {}, h('span', { class: `key ${item.className ?? 'stance-key'}`, style: item.colour ? `background:${item.colour}` : undefined }), item.label)),
);

subscribeLive({
  onState: (value, message) => {
    state.live = value;
    liveBadge.dataset.state = value;
    liveBadge.textContent = `live: ${value}`;
    liveBadge.title = message ?? '';
  },
  onGraphChanged: () => refreshSoon(),
  onStatementRecorded: (statement) => {
    state.recorded.push(statement.id);
    $('feed').prepend(
      h('li', { 'data-statement': statement.id },
        h('strong', {}, statement.stance.toLowerCase()), ' · ',
        text('span', statement.actor.name, statement.actor.direction), ' — ',
        text('span', statement.claim.text, statement.claim.direction)),
    );
    refreshSoon();
  },
});

filters.load().catch((error) => (status.textContent = `Could not load the filters: ${error.message}`));
refreshContested($('contested'), (id) => filters.set('claim', id));
refreshTimeline($('timeline'));
loadGraph();
