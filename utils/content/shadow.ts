/**
 * A `norma-…` element with its UI in a shadow root: the page's styles do not reach in, ours do not
 * leak out, and events from inside do not reach the page's own handlers. The stylesheet is parsed
 * once per page and shared by every root (a `<style>` each where constructable sheets are missing).
 */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();
const ISOLATED_EVENTS = ['click', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress', 'input', 'focusin'];

function sheetFor(doc: Document, css: string): CSSStyleSheet | null {
  let byCss = sheets.get(doc);
  if (!byCss) sheets.set(doc, (byCss = new Map()));
  if (!byCss.has(css)) {
    byCss.set(css, parsedSheet(doc, css));
  }
  return byCss.get(css) ?? null;
}

function parsedSheet(doc: Document, css: string): CSSStyleSheet | null {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}

export function shadowHost(doc: Document, name: `norma-${string}`, css: string): { host: HTMLElement; container: HTMLElement } {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = sheetFor(doc, css);
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
  return { host, container };
}
