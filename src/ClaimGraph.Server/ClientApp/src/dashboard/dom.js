/** Creates an element; text children are set as text (never HTML), so names and quotes cannot inject markup. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A text in its own direction: `dir` from the API's TextDirection, or auto-detected when unknown. */
export function text(tag, value, direction, attributes = {}) {
  const dir = direction === 'RTL' ? 'rtl' : direction === 'LTR' ? 'ltr' : 'auto';
  return h(tag, { ...attributes, dir }, value ?? '');
}

export const stanceColours = {
  ASSERTS: '#1f6fb4',
  CONFIRMS: '#2e9b3a',
  DENIES: '#d0312d',
  DEMANDS: '#e08a00',
};
