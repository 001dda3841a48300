import cytoscape from 'cytoscape';
import { graphStyle } from './graphStyle.js';

const shorten = (label, max) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

const toNode = (n) => ({
  group: 'nodes',
  data: { ...n, id: n.id, short: shorten(n.label, n.type === 'CLAIM' ? 34 : 40), anonymous: n.anonymous, contested: n.contested },
});

const toEdge = (e) => ({ group: 'edges', data: { ...e, id: `edge:${e.id}`, edgeId: e.id } });

/** The cytoscape.js view of a graph slice: replaces it wholesale, or merges a newer slice in place. */
export class GraphView {
  constructor(container, onSelect) {
    this.cy = cytoscape({
      container,
      style: graphStyle,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    // cytoscape caches where its container sits; the header reflows as the filters fill, which moves it.
    const observer = new ResizeObserver(() => this.cy.resize());
    observer.observe(container);
    for (const header of document.querySelectorAll('header')) observer.observe(header);
    this.cy.on('tap', 'node', (event) => onSelect(event.target.data()));
    // A stance edge is a statement: tapping it shows that statement.
    this.cy.on('tap', 'edge[statement]', (event) => onSelect({ id: event.target.data('statement'), type: 'STATEMENT' }));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) onSelect(null);
    });
  }

  /** Draws the slice from scratch and lays it out. */
  replace(slice) {
    this.cy.elements().remove();
    this.cy.add([...slice.nodes.map(toNode), ...this.#edgesWithin(slice)]);
    this.#layout(this.cy.elements());
  }

  /** Adds what is new in the slice (placed beside a neighbour), removes what is gone, updates the rest. */
  merge(slice) {
    const added = [];
    const nodeIds = new Set(slice.nodes.map((n) => n.id));
    this.cy.nodes().filter((n) => !nodeIds.has(n.id())).remove();
    for (const node of slice.nodes) {
      const existing = this.cy.getElementById(node.id);
      if (existing.nonempty()) existing.data(toNode(node).data);
      else added.push(this.cy.add(toNode(node)));
    }
    const edges = this.#edgesWithin(slice);
    const edgeIds = new Set(edges.map((e) => e.data.id));
    this.cy.edges().filter((e) => !edgeIds.has(e.id())).remove();
    for (const edge of edges) {
      if (this.cy.getElementById(edge.data.id).empty()) added.push(this.cy.add(edge));
    }
    const fresh = this.cy.collection(added);
    fresh.addClass('fresh');
    fresh.nodes().forEach((node) => node.position(this.#besideNeighbour(node)));
    setTimeout(() => fresh.removeClass('fresh'), 4000);
    return fresh;
  }

  #edgesWithin(slice) {
    const ids = new Set(slice.nodes.map((n) => n.id));
    return slice.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map(toEdge);
  }

  #besideNeighbour(node) {
    const placed = node.neighborhood('node').filter((n) => !n.hasClass('fresh') && n.id() !== node.id());
    const anchor = placed.nonempty() ? placed.first().position() : { x: this.cy.width() / 2, y: this.cy.height() / 2 };
    const angle = Math.random() * 2 * Math.PI;
    return { x: anchor.x + 70 * Math.cos(angle), y: anchor.y + 70 * Math.sin(angle) };
  }

  #layout(elements) {
    elements
      .layout({
        name: 'cose', animate: false, randomize: true, padding: 30, componentSpacing: 80, nodeOverlap: 40,
        nodeRepulsion: () => 60000, idealEdgeLength: () => 110, edgeElasticity: () => 60, gravity: 0.6, numIter: 1500,
      })
      .run();
  }
}
