import { stanceColours } from './dom.js';
import { maskImage } from './mask.js';

// System fonts that carry Arabic glyphs come after the Latin ones (Debian: fonts-noto-core, fonts-dejavu).
const fonts = '"Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';

export const graphStyle = [
  {
    selector: 'node',
    style: {
      label: 'data(short)',
      'font-family': fonts,
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': 110,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#222',
      'text-background-color': '#fff',
      'text-background-opacity': 0.75,
      'text-background-padding': 1,
      'border-width': 2,
    },
  },
  {
    selector: 'node[type = "ACTOR"]',
    style: { shape: 'ellipse', width: 30, height: 30, 'background-color': '#7aa6d8', 'border-color': '#285a8f' },
  },
  {
    selector: 'node[type = "CLAIM"]',
    style: {
      shape: 'round-rectangle', width: 44, height: 24, 'background-color': '#f4e3a1', 'border-color': '#9a7d13',
    },
  },
  {
    selector: 'node[type = "SOURCE"]',
    style: { shape: 'tag', width: 34, height: 26, 'background-color': '#cfcfcf', 'border-color': '#5c5c5c' },
  },
  {
    selector: 'node[type = "STATEMENT"]',
    style: { shape: 'diamond', width: 14, height: 14, 'background-color': '#eee', 'border-color': '#888', label: '' },
  },
  {
    selector: 'node[?anonymous]',
    style: {
      'border-style': 'dashed',
      'border-width': 3,
      'border-color': '#333',
      'background-color': '#e6e6e6',
      'background-image': maskImage,
      'background-fit': 'contain',
      'background-clip': 'none',
    },
  },
  { selector: 'node[?contested]', style: { 'border-color': stanceColours.DENIES, 'border-width': 4 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1f6fb4', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'node.fresh', style: { 'underlay-color': '#ffd400', 'underlay-opacity': 0.8, 'underlay-padding': 8 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#9a9a9a',
      'target-arrow-color': '#9a9a9a',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
    },
  },
  ...Object.entries(stanceColours).map(([stance, colour]) => ({
    selector: `edge[stance = "${stance}"]`,
    style: { width: 2.5, 'line-color': colour, 'target-arrow-color': colour },
  })),
  { selector: 'edge[type = "REPORTED_IN"]', style: { 'line-style': 'dotted' } },
  { selector: 'edge[type = "RELAYED_BY"]', style: { 'line-style': 'dashed', 'line-color': '#7b4fa0', 'target-arrow-color': '#7b4fa0' } },
  { selector: 'edge[type = "CLAIM_LINK"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  { selector: 'edge.fresh', style: { width: 5 } },
];

export const legend = [
  { label: 'actor', className: 'actor' },
  { label: 'claim', className: 'claim' },
  { label: 'source', className: 'source' },
  { label: 'anonymous source', className: 'anonymous' },
  { label: 'contested claim', className: 'contested' },
  ...Object.entries(stanceColours).map(([stance, colour]) => ({ label: stance.toLowerCase(), colour })),
];
