import { gql } from './api.js';
import { h, stanceColours, text } from './dom.js';
import { NODE_DETAILS } from './queries.js';

const stanceBadge = (stance) => h('span', { class: 'stance', style: `background:${stanceColours[stance] ?? '#777'}` }, stance);

const when = (iso) => (iso ? new Date(iso).toISOString().slice(0, 10) : null);

function statementItem(statement, { showActor = true, showClaim = true, showStance = true } = {}) {
  return h(
    'li',
    { class: 'statement', 'data-statement': statement.id },
    h(
      'div',
      { class: 'statement-head' },
      showStance ? stanceBadge(statement.stance) : null,
      showActor ? text('span', statement.actor.name, statement.actor.direction, { class: 'actor-name' }) : null,
      statement.actor.isAnonymous ? h('span', { class: 'anon', title: 'anonymous source' }, 'anonymous') : null,
    ),
    showClaim
      ? h('div', { class: 'claim-text' }, text('span', statement.claim.text, statement.claim.direction),
          statement.claim.textIn && statement.claim.textIn !== statement.claim.text
            ? text('div', statement.claim.textIn, 'LTR', { class: 'translation' })
            : null)
      : null,
    statement.quote ? text('blockquote', statement.quote, statement.quoteDirection, { class: 'quote' }) : null,
    h(
      'div',
      { class: 'source-line' },
      'in ',
      text('cite', statement.source.title, statement.source.direction),
      when(statement.statedAt ?? statement.source.publishedAt) ? ` · ${when(statement.statedAt ?? statement.source.publishedAt)}` : null,
    ),
    statement.attribution.length
      ? h(
          'ol',
          { class: 'attribution', 'aria-label': 'attribution chain' },
          statement.attribution.map((step) =>
            h('li', {}, h('span', { class: 'role' }, step.role.replaceAll('_', ' ').toLowerCase()), ' ', text('span', step.label, null)),
          ),
        )
      : null,
  );
}

function statementList(statements, options) {
  return statements.length
    ? h('ol', { class: 'statements' }, statements.map((s) => statementItem(s, options)))
    : h('p', { class: 'hint' }, 'No statements.');
}

const stanceOrder = ['ASSERTS', 'CONFIRMS', 'DENIES', 'DEMANDS'];

function byStance(statements) {
  return stanceOrder.map((stance) => [stance, statements.filter((s) => s.stance === stance)]).filter(([, list]) => list.length);
}

function render(node) {
  switch (node.__typename) {
    case 'Claim':
      return [
        h('p', { class: 'kind' }, node.isContested ? 'claim · contested' : 'claim'),
        text('h3', node.text, node.direction),
        node.textIn && node.textIn !== node.text ? text('p', node.textIn, 'LTR', { class: 'translation' }) : null,
        byStance(node.statements).map(([stance, statements]) =>
          h('section', { class: 'stance-group' },
            h('h4', {}, stanceBadge(stance), ` ${statements.length}`),
            statementList(statements, { showClaim: false, showStance: false })),
        ),
      ];
    case 'Actor':
      return [
        h('p', { class: 'kind' }, node.isAnonymous ? 'anonymous source' : node.kind.replaceAll('_', ' ').toLowerCase()),
        text('h3', node.name, node.direction),
        node.role ? text('p', node.role, null, { class: 'role-line' }) : null,
        node.scopeSource ? h('p', {}, 'cited in ', text('cite', node.scopeSource.title, node.scopeSource.direction)) : null,
        statementList(node.statements, { showActor: false }),
      ];
    case 'Source':
      return [
        h('p', { class: 'kind' }, `source · ${node.kind.toLowerCase()}${node.publishedAt ? ` · ${when(node.publishedAt)}` : ''}`),
        text('h3', node.title, node.direction),
        node.publisher ? h('p', {}, 'published by ', text('span', node.publisher.name, node.publisher.direction)) : null,
        statementList(node.statements),
      ];
    case 'Statement':
      return [h('p', { class: 'kind' }, 'statement'), h('ol', { class: 'statements' }, statementItem(node))];
    default:
      return [h('p', {}, `Nothing to show for ${node.__typename}.`)];
  }
}

const kinds = { ACTOR: 'Actor', CLAIM: 'Claim', SOURCE: 'Source', STATEMENT: 'Statement' };
const kindOf = (nodeData) => kinds[nodeData.type] ?? nodeData.id.split(':')[0];

/** Fills the side panel with a node's statements, quotes, sources and attribution chains. */
export async function showDetails(panel, nodeData) {
  const heading = h('h2', {}, 'Details');
  if (!nodeData) {
    panel.replaceChildren(heading, h('p', { class: 'hint' }, 'Click an actor, claim or source (or a stance edge) in the graph.'));
    return;
  }
  panel.replaceChildren(heading, h('p', { class: 'hint' }, 'Loading…'));
  panel.dataset.node = nodeData.id;
  try {
    const query = NODE_DETAILS[kindOf(nodeData)];
    if (!query) throw new Error(`No details for ${nodeData.id}.`);
    const { node } = await gql(query, { id: nodeData.id });
    if (panel.dataset.node !== nodeData.id) return;
    panel.replaceChildren(heading, ...(node ? render(node) : [h('p', {}, 'This node no longer exists.')]).flat());
    panel.dataset.loaded = nodeData.id;
  } catch (error) {
    panel.replaceChildren(heading, h('p', { class: 'error' }, error.message));
  }
}
