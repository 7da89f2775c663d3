/**
 * The network's own moderation, performed through the page's controls. Nothing is reported done
 * unless the page is seen to have done it: the comment gone or replaced by the "deleted" stub,
 * the author shown as blacklisted.
 */
import type { ModerationControls } from '~/utils/sites/types';

export type ActionResult = { ok: true } | { ok: false; reason: 'no-control' | 'not-confirmed' | 'no-ban-control' | 'ban-not-confirmed' };

/** How long the network gets to show the result of a click. */
const CONFIRM_TIMEOUT_MS = 6000;

/** Resolves true once `check` holds (checked after every DOM change), false after `timeoutMs`. */
export function waitFor(doc: Document, check: () => boolean, timeoutMs = CONFIRM_TIMEOUT_MS): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  const win = doc.defaultView;
  if (!win) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      observer.disconnect();
      win.clearTimeout(timer);
      resolve(value);
    };
    const observer = new win.MutationObserver(() => {
      if (check()) done(true);
    });
    observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = win.setTimeout(() => done(check()), timeoutMs);
  });
}

/** Clicks the comment's native delete control and waits to see it deleted. */
export async function deleteComment(controls: ModerationControls, comment: Element, doc: Document): Promise<ActionResult> {
  const control = controls.deleteControl(comment);
  if (!control) return { ok: false, reason: 'no-control' };
  control.click();
  return (await waitFor(doc, () => controls.isDeleted(comment))) ? { ok: true } : { ok: false, reason: 'not-confirmed' };
}

/**
 * After a deletion: the network's own offer to block the author, with the reason chosen in its
 * dialog (VK's codes: 1 spam, 2 verbal abuse, 3 strong language), then waits to see it done.
 * `scope` is where the comment was (its parent, when the network replaced the element).
 */
export async function banAuthor(controls: ModerationControls, scope: Element, doc: Document, reason: number): Promise<ActionResult> {
  const offer = controls.banControl(scope);
  if (!offer) return { ok: false, reason: 'no-ban-control' };
  offer.click();
  let dialog: ReturnType<ModerationControls['banDialog']> = null;
  await waitFor(doc, () => (dialog = controls.banDialog(doc)) !== null);
  const opened = controls.banDialog(doc) ?? dialog;
  if (!opened) return { ok: false, reason: 'ban-not-confirmed' };
  if (opened.reason && [...opened.reason.options].some((o) => o.value === String(reason))) {
    opened.reason.value = String(reason);
    opened.reason.dispatchEvent(new Event('change', { bubbles: true }));
  }
  opened.confirm.click();
  return (await waitFor(doc, () => controls.isBanned(scope, doc))) ? { ok: true } : { ok: false, reason: 'ban-not-confirmed' };
}
