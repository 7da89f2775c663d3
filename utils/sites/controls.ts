/** Small DOM helpers the adapters share to find a network's own moderation controls. */

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
