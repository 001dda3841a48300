import { gql } from './api.js';
import { h } from './dom.js';
import { FILTER_OPTIONS } from './queries.js';

const short = (value, max = 60) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function fill(select, items, label) {
  const current = select.value;
  select.replaceChildren(h('option', { value: '' }, 'all'),
    ...items.map((item) => h('option', { value: item.id, dir: 'auto' }, short(label(item)))));
  select.value = current;
}

/** The actor, claim and source filters; they become the graph query's focus arguments. */
export class Filters {
  constructor(form, onChange) {
    this.form = form;
    form.addEventListener('change', () => onChange(this.focus()));
    form.addEventListener('reset', () => setTimeout(() => onChange(this.focus())));
  }

  async load() {
    const data = await gql(FILTER_OPTIONS);
    fill(this.form.elements.actor, data.actors.nodes, (a) => a.name);
    fill(this.form.elements.claim, data.claims.nodes, (c) => (c.textIn && c.textIn !== c.text ? `${c.text} — ${c.textIn}` : c.text));
    fill(this.form.elements.source, data.sources.nodes, (s) => s.title);
  }

  focus() {
    const one = (name) => (this.form.elements[name].value ? [this.form.elements[name].value] : null);
    return { actors: one('actor'), claims: one('claim'), sources: one('source') };
  }

  set(name, id) {
    this.form.elements[name].value = id;
    this.form.dispatchEvent(new Event('change'));
  }
}
