// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { observeBatched } from '~/utils/dom/batched-observer';

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('observeBatched', () => {
  test('many mutations make one flush, run outside the observer callback', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const flush = vi.fn();
    const controller = new AbortController();
    observeBatched(root, flush, { signal: controller.signal, hiddenDelayMs: 10 });
    for (let i = 0; i < 100; i++) root.append(document.createElement('p'));
    expect(flush).not.toHaveBeenCalled();
    await tick();
    expect(flush).toHaveBeenCalledTimes(1);
    root.append(document.createElement('p'));
    await tick();
    expect(flush).toHaveBeenCalledTimes(2);
    controller.abort();
  });

  test('stops for good when its signal aborts', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const flush = vi.fn();
    const controller = new AbortController();
    const schedule = observeBatched(root, flush, { signal: controller.signal, hiddenDelayMs: 10 });
    controller.abort();
    root.append(document.createElement('p'));
    schedule();
    await tick();
    expect(flush).not.toHaveBeenCalled();
  });
});
