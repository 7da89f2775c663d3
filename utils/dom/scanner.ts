/**
 * Reads a page's items a few milliseconds at a time (uBlock Origin's rule: never work inside the
 * MutationObserver callback, flush once a frame, cap each pass).
 *
 *   mutation ──► observeBatched (the callback only schedules) ──► pass, once a frame:
 *     after mutations ──► source.candidates() (selectors only) ──► queue the elements not read yet
 *     read queued elements until the budget is spent ──► source.found(item)
 *     anything left ──► another pass in the next task (input and rendering go first)
 *
 * An element whose item is not final yet (a post whose date has not rendered) is read again after
 * a later mutation, at most `maxAttempts` times; a final one never again — the seen-marker.
 */
import { observeBatched, taskScheduler } from './batched-observer';

export interface ScanSource<T> {
  /** Elements that may be items, in page order: selectors only, no reading. */
  candidates(): Element[];
  read(element: Element): T | null;
  /** An item that needs no second look. Absent: every item read is final. */
  isFinal?(item: T): boolean;
  found(item: T, element: Element): void;
}

export interface PassStats {
  /** Milliseconds the pass took. */
  ms: number;
  read: number;
  /** Elements still queued for a later pass. */
  remaining: number;
}

export interface ScannerOptions {
  signal: AbortSignal;
  /** Milliseconds of reading a pass may take (the element being read when it runs out finishes). */
  budgetMs?: number;
  maxAttempts?: number;
  /** After every pass, with the pass's figures (the overlay redraws here). */
  onPass?(stats: PassStats): void;
  /** Added nodes to leave alone: the extension's own UI. */
  ignore?: (node: Node) => boolean;
  /**
   * Whether a candidate can be read yet (while the page is still being parsed, an element whose end
   * the parser has not reached may be missing its text). Not ready: left for a later pass.
   */
  isReady?: (element: Element) => boolean;
  now?(): number;
}

interface Queued {
  source: ScanSource<unknown>;
  element: Element;
}

/** Starts reading `root`'s items now and after every change; returns a trigger for a pass after the DOM changed. */
export function startScanner<T extends unknown[]>(root: Node, sources: { [K in keyof T]: ScanSource<T[K]> }, options: ScannerOptions): () => void {
  const win = root.ownerDocument?.defaultView ?? (root as Document).defaultView;
  if (!win) throw new Error('startScanner needs a node attached to a window');
  const budget = options.budgetMs ?? 4;
  const maxAttempts = options.maxAttempts ?? 3;
  const now = options.now ?? (() => win.performance.now());
  const final = new WeakSet<Element>();
  const attempts = new WeakMap<Element, number>();
  const queued = new WeakSet<Element>();
  let queue: Queued[] = [];
  let head = 0;
  let dirty = true;

  const pass = (): void => {
    const started = now();
    if (dirty) {
      dirty = false;
      for (const source of sources as readonly ScanSource<unknown>[]) {
        for (const element of source.candidates()) {
          if (final.has(element) || queued.has(element)) continue;
          if (options.isReady && !options.isReady(element)) {
            // Looked at again after the parser's next additions.
            dirty = true;
            continue;
          }
          queued.add(element);
          queue.push({ source, element });
        }
      }
    }
    let read = 0;
    while (head < queue.length && (read === 0 || now() - started < budget)) {
      const { source, element } = queue[head++]!;
      queued.delete(element);
      read++;
      const item = source.read(element);
      if (item !== null) source.found(item, element);
      const tries = (attempts.get(element) ?? 0) + 1;
      attempts.set(element, tries);
      if ((item !== null && (source.isFinal?.(item) ?? true)) || tries >= maxAttempts) final.add(element);
    }
    const remaining = queue.length - head;
    if (remaining === 0) {
      queue = [];
      head = 0;
    } else {
      continueLater();
    }
    options.onPass?.({ ms: now() - started, read, remaining });
  };

  // What is left continues in the next task, not the next frame: slices stay short, none idles.
  const continueLater = taskScheduler(pass, options.signal);
  const afterMutation = observeBatched(
    root,
    () => {
      dirty = true;
      pass();
    },
    { signal: options.signal, ignore: options.ignore },
  );
  afterMutation();
  return afterMutation;
}
