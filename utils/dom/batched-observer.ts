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

export function observeBatched(root: Node, flush: () => void, options: BatchedObserverOptions): () => void {
  const win = root.ownerDocument?.defaultView ?? (root as Document).defaultView;
  if (!win) throw new Error('observeBatched needs a node attached to a window');
  let scheduled = false;
  let frame = 0;
  let timer = 0;

  const run = (): void => {
    if (!scheduled) return;
    scheduled = false;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
    if (!options.signal.aborted) flush();
  };
  const schedule = (): void => {
    if (scheduled || options.signal.aborted) return;
    scheduled = true;
    frame = win.requestAnimationFrame(run);
    timer = win.setTimeout(run, options.hiddenDelayMs ?? 250);
  };

  const observer = new win.MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  const stop = (): void => {
    observer.disconnect();
    scheduled = false;
    win.cancelAnimationFrame(frame);
    win.clearTimeout(timer);
  };
  options.signal.addEventListener('abort', stop, { once: true });
  return schedule;
}
