import { gql } from './api.js';
import { h, text } from './dom.js';
import { CONTESTED } from './queries.js';

/** The most contested claims; choosing one focuses the graph on it. */
export async function refreshContested(list, onChoose) {
  try {
    const { contestedClaims } = await gql(CONTESTED);
    if (!contestedClaims.nodes.length) {
      list.replaceChildren(h('li', { class: 'hint' }, 'No contested claims.'));
      return;
    }
    list.replaceChildren(
      ...contestedClaims.nodes.map((c) =>
        h('li', { 'data-claim': c.claim.id },
          h('button', { type: 'button', class: 'link', onclick: () => onChoose(c.claim.id) },
            text('span', c.claim.text, c.claim.direction)),
          c.claim.textIn && c.claim.textIn !== c.claim.text ? text('div', c.claim.textIn, 'LTR', { class: 'translation' }) : null,
          h('div', { class: 'score' }, `${c.supportingActors} for · ${c.denyingActors} against`)),
      ),
    );
  } catch (error) {
    list.replaceChildren(h('li', { class: 'error' }, error.message));
  }
}
