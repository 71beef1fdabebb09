/* linkedom implements the DOM without the DOM lib types (tsconfig has no "dom" lib), so the
   few DOM calls made here go through this minimal structural type. */
export interface DomElement {
  textContent: string | null;
  tagName: string;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  querySelector(selector: string): DomElement | null;
  getAttribute(name: string): string | null;
  replaceWith(...nodes: string[]): void;
  append(...nodes: string[]): void;
  remove(): void;
}
