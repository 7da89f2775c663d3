import { describe, expect, test } from 'vitest';
import { classifyThread } from '../../../utils/classify';

describe('classifyThread', () => {
  test('the same text from several authors is spam', () => {
    const text = 'Отличная новость для всех жителей города, читайте подробнее';
    const v = classifyThread([
      { id: '1', authorId: 'a', text },
      { id: '2', authorId: 'b', text: text.toUpperCase() },
      { id: '3', authorId: 'c', text: 'Когда починят дорогу?' },
    ]);
    expect(v.map((x) => x.id)).toEqual(['1', '2', '3']);
    expect(v[0]!.categories).toEqual(['spam']);
    expect(v[0]!.matches.map((m) => m.rule)).toContain('thread/duplicate');
    expect(v[1]!.categories).toEqual(['spam']);
    expect(v[2]!.categories).toEqual([]);
  });

  test('one author repeating a text is spam; flooding asks for review', () => {
    const same = 'Заходите ко мне на страницу, там много интересного';
    const v = classifyThread([
      { id: '1', authorId: 'a', text: same },
      { id: '2', authorId: 'a', text: same },
    ]);
    expect(v[0]!.categories).toEqual(['spam']);
    const opinions = ['дороги плохие', 'свет не горит', 'мусор не вывозят', 'снег не чистят', 'автобусы опаздывают', 'трубы текут', 'детсад закрыт'];
    const flood = classifyThread(opinions.map((text, i) => ({ id: String(i), authorId: 'x', text })));
    expect(flood[0]!.action).toBe('review');
    expect(flood[0]!.categories).toEqual([]);
  });

  test('short texts are never duplicates', () => {
    const v = classifyThread([
      { id: '1', authorId: 'a', text: 'Спасибо!' },
      { id: '2', authorId: 'b', text: 'Спасибо!' },
    ]);
    expect(v.every((x) => x.action === 'none')).toBe(true);
  });

  test('comment findings are kept', () => {
    const v = classifyThread([{ id: '1', authorId: 'a', text: 'Ты дебил' }]);
    expect(v[0]!.categories).toEqual(['insult']);
  });
});
