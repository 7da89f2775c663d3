// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { ComposerPanel } from '~/components/ComposerPanel';
import { classify } from '~/utils/classify';
import type { DraftCheck } from '~/utils/messages';
import { checkStyle } from '~/utils/style/check';
import { mount, useRussianUi } from './harness';

useRussianUi();

/** The panel for a draft, with a week that breaks nothing (the week's own tests are elsewhere). */
function panel(text: string): HTMLElement {
  const check = {
    week: { status: { citations: [] }, breaksCap: false, message: 'После публикации: 4 из 7 за неделю', messageEn: '' },
    style: checkStyle(text),
    verdict: classify(text),
  } as unknown as DraftCheck;
  return mount(<ComposerPanel check={check} isRepost={false} />).querySelector('[data-testid="norma-composer"]') as HTMLElement;
}

describe('the composer panel on the classifier', () => {
  test('what the page deletes in comments is named as a violation of the post', () => {
    const el = panel('Подробности у меня в лс, заработок от 5000 в день');
    expect(el.getAttribute('data-action')).toMatch(/^delete/);
    expect(el.querySelector('[data-testid="norma-composer-violation"]')?.textContent).toContain('спам');
  });

  test('a weak signal (spam on the learned reading alone, for review) is not held against a post', () => {
    const el = panel('Срочно требуется донор крови 2 группы, больница №3');
    expect(el.getAttribute('data-categories')).toBe('spam');
    expect(el.getAttribute('data-action')).toBe('review');
    expect(el.querySelector('[data-testid="norma-composer-violation"]')).toBeNull();
  });

  test('a clean post has no violation', () => {
    const el = panel('В субботу в парке пройдёт субботник, приглашаем жителей');
    expect(el.getAttribute('data-action')).toBe('none');
    expect(el.querySelector('[data-testid="norma-composer-violation"]')).toBeNull();
  });
});
