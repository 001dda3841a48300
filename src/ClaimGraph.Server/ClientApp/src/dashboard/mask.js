// A small theatre-mask glyph drawn as SVG (a data URI, so nothing is fetched) marking anonymous sources.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<path d="M6 14c10-6 42-6 52 0 0 22-8 40-26 40S6 36 6 14z" fill="#3b3b3b"/>
<ellipse cx="22" cy="28" rx="7" ry="4.5" fill="#fff"/><ellipse cx="42" cy="28" rx="7" ry="4.5" fill="#fff"/>
<path d="M22 42c6 4 14 4 20 0" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round"/></svg>`;

export const maskImage = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
