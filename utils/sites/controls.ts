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
