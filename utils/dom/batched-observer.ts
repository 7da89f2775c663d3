/**
 * One MutationObserver per page whose callback does no work: it only notes that something
 * changed and schedules a flush for the next frame (uBlock Origin's rule). The flush runs the
 * scan outside the callback, once per frame however many mutations arrived.
 */
export interface BatchedObserverOptions {
  signal: AbortSignal;
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

/** Observes `root`'s subtree and calls `flush` at most once a frame after mutations. Returns a manual trigger. */
export function observeBatched(root: Node, flush: () => void, options: BatchedObserverOptions): () => void {
  const win = root.ownerDocument?.defaultView ?? (root as Document).defaultView;
  if (!win) throw new Error('observeBatched needs a node attached to a window');
  const schedule = frameScheduler(win, flush, options);
  const observer = new win.MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return schedule;
}
