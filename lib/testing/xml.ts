// Reading feeds back in tests: the elements of a parsed document (xml-js) by name, and their text.
import type { Element } from 'xml-js';

/** The elements named `name` anywhere under `element`, in document order. */
export function all(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const child of element.elements ?? []) {
    if (child.name === name) found.push(child);
    found.push(...all(child, name));
  }
  return found;
}

/** An element's text, CDATA included. */
export const textOf = (element: Element | undefined) =>
  (element?.elements ?? []).map((child) => child.text ?? child.cdata ?? '').join('');
