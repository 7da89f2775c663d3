// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { Flag, type FlagProps } from '~/components/Flag';
import { classify } from '~/utils/classify';
import type { Verdict } from '~/utils/classify/types';
import { mount, useRussianUi } from './harness';

useRussianUi();

function show(text: string, verdict: Verdict = classify(text)): HTMLElement {
  const props: FlagProps = {
    text,
    verdict,
    history: null,
    state: { kind: 'idle' },
    commentUrl: null,
    blacklistUrl: null,
    exceptionAdded: null,
    onDecide: () => undefined,
    onAddException: () => undefined,
  };
  return mount(<Flag {...props} />);
}

const recommended = (el: HTMLElement): string[] => [...el.querySelectorAll('[data-recommended]')].map((b) => b.getAttribute('data-testid') ?? '');
const reviewChip = (el: HTMLElement): boolean => el.querySelector('[data-testid="norma-flag-review"]') !== null;

describe('the flag shows what the classifier recommends', () => {
  test('obscene language: delete and blacklist is the recommended button', () => {
    const el = show('Да пошли вы на хуй');
    expect(el.querySelector('[data-testid="norma-flag"]')?.getAttribute('data-action')).toBe('delete_and_blacklist');
    expect(recommended(el)).toEqual(['norma-flag-blacklist']);
    expect(el.querySelector('[data-recommended]')?.getAttribute('title')).toBe('Рекомендуется · B');
    expect(el.querySelector('[data-testid="norma-flag-delete"]')?.getAttribute('title')).toBe('D');
    expect(reviewChip(el)).toBe(false);
  });

  test('a link to a foreign site: delete, without the blacklist', () => {
    const el = show('Подробности тут https://example.com/p');
    expect(recommended(el)).toEqual(['norma-flag-delete']);
  });

  test('the learned reading alone: spam, for review, no button recommended', () => {
    const text = 'Срочно требуется донор крови 2 группы, больница №3';
    const verdict = classify(text);
    expect(verdict.categories).toEqual(['spam']);
    expect(verdict.action).toBe('review');
    const el = show(text, verdict);
    expect(recommended(el)).toEqual([]);
    expect(reviewChip(el)).toBe(true);
    expect(el.querySelector('[data-testid="norma-flag-review"]')?.textContent).toBe('проверить');
    expect([...el.querySelectorAll('[data-testid="norma-flag-category"]')].map((c) => c.textContent)).toEqual(['спам']);
  });

  test('a weak signal with no category: the review chip alone', () => {
    const verdict: Verdict = { categories: [], action: 'review', matches: [], reasons: ['Ссылка на соцсеть.'], ruleset: 'test' };
    const el = show('vk.com/club1', verdict);
    expect(reviewChip(el)).toBe(true);
    expect(el.querySelectorAll('[data-testid="norma-flag-category"]')).toHaveLength(0);
    expect(recommended(el)).toEqual([]);
  });
});
