/**
 * One MutationObserver per page whose callback does no work: it only notes that something
 * changed and schedules a flush for the next frame (uBlock Origin's rule). The flush runs the
 * scan outside the callback, once per frame however many mutations arrived.
 */
export interface BatchedObserverOptions {
  signal: AbortSignal;
  /** Added nodes that are not the page's own change (the extension's own elements): ignored. */
  ignore?: (node: Node) => boolean;
  /** Hidden tabs get no animation frames; fall back to a timer so counts still update. */
  hiddenDelayMs?: number;
}

/**
 * Runs `fn` once at the next frame however often it is asked before then (or after
 * `hiddenDelayMs`, for tabs in the background that get no frames). Returns the "ask" function.
 */
export function frameScheduler(win: Window, fn: () => void, options: BatchedObserverOptions): () => void {
  let scheduled = false;
  let frame = 0;
  let timer = 0;
  const run = (): void => {
    if (!scheduled) return;
    scheduled = false;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    if (!options.signal.aborted) fn();
  };
  options.signal.addEventListener(
    'abort',
    () => {
      scheduled = false;
      win.cancelAnimationFrame(frame);
      win.clearTimeout(timer);
    },
    { once: true },
  );
  return () => {
    if (scheduled || options.signal.aborted) return;
    scheduled = true;
    frame = win.requestAnimationFrame(run);
    timer = win.setTimeout(run, options.hiddenDelayMs ?? 250);
  };
}

/**
 * Runs `fn` in a task of its own, as soon as the browser has handled what is waiting (input,
 * rendering): the way to continue a long job in short slices without idling until the next frame.
 */
export function taskScheduler(fn: () => void, signal: AbortSignal): () => void {
  const channel = new MessageChannel();
  let scheduled = false;
  channel.port1.onmessage = () => {
    scheduled = false;
    if (!signal.aborted) fn();
  };
  signal.addEventListener('abort', () => channel.port1.close(), { once: true });
  return () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    channel.port2.postMessage(null);
  };
}

/** Observes `root`'s subtree and calls `flush` at most once a frame after mutations. Returns a manual trigger. */
export function observeBatched(root: Node, flush: () => void, options: BatchedObserverOptions): () => void {
  const win = root.ownerDocument?.defaultView ?? (root as Document).defaultView;
  if (!win) throw new Error('observeBatched needs a node attached to a window');
  const schedule = frameScheduler(win, flush, options);
  const { ignore } = options;
  // The callback only looks at what was added, to skip the extension's own insertions; no reading.
  const observer = new win.MutationObserver(
    ignore
      ? (records) => {
          for (const r of records) {
            if (r.removedNodes.length > 0) return schedule();
            for (const n of r.addedNodes) if (!ignore(n)) return schedule();
          }
        }
      : schedule,
  );
  observer.observe(root, { childList: true, subtree: true });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return schedule;
}
