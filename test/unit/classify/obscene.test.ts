import { describe, expect, test } from 'vitest';
import { classify } from '../../../utils/classify';

const obscene = (text: string): boolean => classify(text).categories.includes('obscene');

describe('obscene: the four roots with prefixes and derivatives', () => {
  test.each([
    'хуй', 'хуёвый', 'нахуя', 'охуеть', 'похуй', 'нихуя', 'выхуячивать', 'хули ты', 'хуйло',
    'пизда', 'пиздец', 'спиздил', 'распиздяй', 'пздц', 'спизженный',
    'ебать', 'заебал', 'выебываться', 'съебаться', 'отъебись', 'долбоёб', 'уёбок', 'ебанутый', 'еблан', 'переебать', 'заипали', 'заибал', 'ибать', 'ибаный', 'йобаный', 'выибывается', 'ипануться',
    'бля', 'блядь', 'блять', 'блядский', 'выблядок', 'бляяя', 'блеа',
    'мудак', 'мудила', 'пидор', 'пидорас', 'гондон', 'гандон', 'залупа', 'шлюха', 'шлюшка', 'сука', 'суки', 'сцука', 'суко', 'хер', 'нахер', 'похер', 'херня', 'херовый', 'манда', 'мандавошка', 'ёпт',
  ])('%s', (w) => expect(obscene(w)).toBe(true));
});

describe('obscene: masked spellings', () => {
  test.each([
    ['Latin look-alikes', 'xyй'],
    ['Latin look-alikes inside', 'Хyйня'],
    ['digit look-alikes', '6ля'],
    ['digit look-alikes inside', 'п3дц'],
    ['3.14 for пи', '3.14здец'],
    ['3,14 for пи', '3,14зда'],
    ['an asterisk', 'х*й'],
    ['several asterisks', 'п***ц'],
    ['at sign', 'бл@дь'],
    ['percent', 'по%уй'],
    ['dots as letters', 'х..ня'],
    ['spaces between letters', 'п и з д е ц'],
    ['dots between letters', 'х.у.й'],
    ['underscores between letters', 'х_у_й'],
    ['straight quotes between letters', 'х"у"й'],
    ['Markdown stars around a word', '**хуй**'],
    ['Markdown stars around a word', '*бля*'],
    ['a star before a long word', '*издец'],
    ['stutter with hyphens', 'пи-пи-пиздец'],
    ['repeated letters', 'хууууууй'],
    ['zero-width space', 'пи\u200bздец'],
    ['soft hyphen', 'пи\u00adздец'],
    ['combining breve', 'хуи\u0306'],
    ['CAPS', 'ПИЗДЕЦ'],
    ['transliteration', 'pizdec'],
    ['transliteration', 'blyad'],
    ['transliteration', 'nahuy'],
    ['mixed Latin phonetic', 'hуй'],
    ['Greek look-alikes', 'пιздец'],
    ['mathematical letters', '𝐱𝐲й'],
  ])('%s: %s', (_what, w) => expect(obscene(w)).toBe(true));
});

describe('obscene: separators only inside a word', () => {
  test('"х у й" is one masked word, "ты хуй" two words', () => {
    expect(classify('х у й').matches.map((m) => m.term)).toEqual(['х у й']);
    expect(classify('ты хуй').matches.map((m) => m.term)).toEqual(['хуй']);
  });
  test('ordinary one-letter words stay apart', () => {
    expect(classify('а я в шоке, и у нас так').categories).toEqual([]);
  });
});

describe('obscene: euphemisms are not obscene', () => {
  test.each(['блин', 'хрен', 'фиг', 'ёлки', 'ёпрст', 'охренеть', 'офигеть', 'капец', 'бляха-муха', 'ё-моё'])('%s', (w) => {
    expect(classify(w).categories).toEqual([]);
  });
});

describe('obscene: сука, and сука the genitive of сук (a bough)', () => {
  test.each([
    ['a bough after от', 'Ветку отломили от сука у самого ствола'],
    ['a bough after с', 'Кот упал с сука на землю'],
    ['a bough after до', 'Лестница не достаёт до сука'],
    ['a bough after без', 'Ствол без сука и без коры'],
  ])('%s: not obscene', (_what, t) => expect(classify(t).categories).toEqual([]));

  test.each([
    ['alone', 'сука'],
    ['"вот сука" spoken as "от сука"', 'от сука'],
    ['вот', 'Вот сука какая'],
    ['a vocative after a preposition', 'Отстань от меня, сука'],
    ['a comma after it', 'Убери руки от сука, понял'],
    ['an exclamation', 'Уйди с дороги от сука!'],
    ['addressed after it', 'Отойди от сука ты такой'],
    ['a VK reply', '[id1|Иван], убери руки от сука поганой'],
    ['masked', 'Кот упал с с*ка на землю'],
    ['after an adjective', 'Эта сука опять врёт'],
  ])('%s: obscene', (_what, t) => expect(obscene(t)).toBe(true));
});

describe('obscene: сука, a female dog', () => {
  test.each([
    ['a breed after it', 'Собака сука лайки, два года, хорошо идёт по белке'],
    ['a shelter', 'В приюте ждут хозяев: сука, 2 года, стерилизована, привита'],
    ['puppies', 'Щенки от суки овчарки, привиты, ищем хозяев'],
  ])('%s: not obscene', (_what, t) => expect(classify(t).categories).toEqual([]));

  test.each([
    ['an oath opening the sentence', 'Сука, собака соседская опять лает всю ночь'],
    ['someone pointed at', 'эта сука с собакой опять гуляет без намордника'],
    ['addressed', 'ты сука, как собака лаешь'],
    ['a VK reply', '[id1|Иван], сука, убери свою собаку'],
    ['no dog near it', 'Сука, опять отключили воду, а собаку выгулять надо'],
  ])('%s: obscene', (_what, t) => expect(obscene(t)).toBe(true));
});
