/** Small DOM helpers the adapters share: queries that count their root, and the networks' own controls. */

/** The first element under `root` (itself included) matching `selector` whose text matches `text`. */
export function findByText(root: Element, selector: string, text: RegExp): HTMLElement | null {
  const candidates = root.matches(selector) ? [root, ...root.querySelectorAll(selector)] : [...root.querySelectorAll(selector)];
  for (const el of candidates) {
    if (text.test(el.textContent ?? '') || text.test(el.getAttribute('aria-label') ?? '') || text.test(el.getAttribute('title') ?? '')) {
      return el as HTMLElement;
    }
  }
  return null;
}

/** `root` or the first element inside it matching `selector`. */
export function selfOrInside(root: Element, selector: string): Element | null {
  return root.matches(selector) ? root : root.querySelector(selector);
}

/** What an editor holds: a textarea's value, a contenteditable's text with its line breaks. */
export function editorText(editor: Element): string {
  if (editor.tagName === 'TEXTAREA') return (editor as HTMLTextAreaElement).value;
  return (editor as HTMLElement).innerText ?? editor.textContent ?? '';
}

/** A composer reader from a site's three selectors. */
export function composerOf(selectors: { editor: string; shareDialog: string; form: string }) {
  return {
    editors: (root: ParentNode): Element[] => [...root.querySelectorAll(selectors.editor)],
    text: editorText,
    isRepost: (editor: Element): boolean => editor.closest(selectors.shareDialog) !== null,
    anchor: (editor: Element): Element => editor.closest(selectors.form) ?? editor,
  };
}

/** `root` itself counts, so a scan of one added element finds it too. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

export function queryFirst(root: ParentNode, selector: string): Element | null {
  if (isElement(root) && root.matches(selector)) return root;
  return root.querySelector(selector);
}

export function isElement(node: ParentNode): node is Element {
  return node.nodeType === 1;
}

export function isDocument(node: ParentNode): node is Document {
  return node.nodeType === 9;
}
