import { describe, expect, test } from 'vitest';
import { checkStyle } from '~/utils/style';
import { foundOf } from './helpers';

describe('chains of genitive nouns', () => {
  test.each<[string, string]>([
    ['Наша цель — обеспечение повышения качества оказания услуг.', 'обеспечение повышения качества оказания услуг'],
    ['Патруль усилен в целях обеспечения безопасности граждан.', 'обеспечения безопасности граждан'],
    ['Обсудили повышение эффективности работы администрации.', 'повышение эффективности работы администрации'],
    ['Прошло заседание совета депутатов округа.', 'заседание совета депутатов округа'],
    ['Это улучшение качества жизни населения.', 'улучшение качества жизни населения'],
    ['Главное — развитие системы образования района.', 'развитие системы образования района'],
    // genitive adjectives between the nouns do not break a chain
    ['Ждём обеспечения безопасности дорожного движения.', 'обеспечения безопасности дорожного движения'],
    ['Отчёт о выполнении программы развития муниципального образования.', 'выполнении программы развития муниципального образования'],
  ])('%s → %s', (text, chain) => {
    expect(foundOf('genitive-chain', text)).toEqual([chain]);
  });

  test.each([
    ['two nouns', 'Качество услуг стало лучше.'],
    ['a name after the title', 'Глава района Иван Петров встретился с жителями.'],
    ['a surname in -ов is not a genitive plural', 'Учитель года Иванов получил премию.'],
    ['a lively post', 'Приходите с детьми, будут блины!'],
    ['prepositions break a chain', 'Мероприятия для детей и родителей пройдут в клубе.'],
    ['a verb between', 'Поздравляем победителей конкурса чтецов!'],
    ['an adjective in -ние is not a noun', 'Последние новости района — в нашей группе.'],
    ['dative, then one genitive', 'Спасибо жителям района за помощь.'],
    ['punctuation between', 'Ремонт, уборка, озеленение — всё к маю.'],
    ['sentence boundary between', 'Открыли здание. Администрации района спасибо.'],
    ['a line break between', 'Итоги конкурса\nрисунков жителей'],
  ])('%s: no chain', (_, text) => {
    expect(foundOf('genitive-chain', text)).toEqual([]);
  });
});

describe('passive and impersonal constructions', () => {
  test.each<[string, string]>([
    ['Было принято решение закрыть каток.', 'Было принято'],
    ['Решение принято единогласно.', 'принято'],
    ['Работы будут выполнены к маю.', 'будут выполнены'],
    ['Дороги будут расчищены к утру.', 'будут расчищены'],
    ['Было отремонтировано пять дорог.', 'Было отремонтировано'],
    ['Ремонт планируется на весну.', 'планируется'],
    ['Ремонт финансируется из бюджета.', 'финансируется'],
    ['Раньше планировалось открыть сквер.', 'планировалось'],
    ['Собрание организовано советом ветеранов.', 'организовано'],
    ['Подготовлены новые маршруты.', 'Подготовлены'],
    ['Заявки принимаются до пятницы.', 'принимаются'],
    ['Ведётся ремонт крыши.', 'Ведётся'],
    ['Проводится приём документов.', 'Проводится'],
    ['Необходимо оплатить счёт до десятого.', 'Необходимо'],
    ['Отмечается рост числа туристов.', 'Отмечается'],
  ])('%s → %s', (text, phrase) => {
    expect(foundOf('passive', text)).toEqual([phrase]);
  });

  test.each([
    ['«уверены» is an adjective here', 'Мы уверены, что будет весело.'],
    ['«ребята» is a noun', 'Ребята, приходите!'],
    ['people doing it themselves', 'Спортсмены тренируются каждый день. Жители волнуются за урожай.'],
    ['a verb of the subject', 'Каток откроется в субботу. Времена меняются.'],
    ['«было» with an adverb', 'Было весело и вкусно. Будет интересно!'],
    ['«можно», «нужно»', 'Можно прийти с собакой, нужно взять паспорт.'],
    ['nouns in -ена/-ены/-аны', 'Цены на ярмарке низкие. Сцена готова. Стены покрасили. Были планы на выходные.'],
    ['«будут» with nouns', 'Будут блины и чай.'],
    ['«занят»', 'Мастер был занят, зайдите позже.'],
    ['a state, not an action', 'Парк открыт до десяти вечера.'],
    ['«рано»', 'Всё сделаем рано утром.'],
    ['adverbs in -нно', 'Всё организованно и спокойно, приходите.'],
  ])('%s: nothing passive', (_, text) => {
    expect(foundOf('passive', text)).toEqual([]);
  });
});

describe('capitals', () => {
  test.each<[string, string[]]>([
    ['ВНИМАНИЕ! Отключение воды.', ['ВНИМАНИЕ']],
    ['Приходите ВСЕ НА ПРАЗДНИК!', ['ВСЕ НА ПРАЗДНИК']],
    ['МЫ ВАС ЖДЁМ', ['МЫ ВАС ЖДЁМ']],
    ['Только СЕГОДНЯ и только у нас.', ['СЕГОДНЯ']],
    ['ВАЖНО. СРОЧНО.', ['СРОЧНО']],
  ])('%s → %j', (text, words) => {
    expect(foundOf('caps', text)).toEqual(words);
  });

  test.each([
    ['abbreviations of up to five letters', 'Звоните в МЧС, ЖКХ и ГИБДД. Налоги — в ФНС РФ.'],
    ['two abbreviations together', 'ГУ МЧС напоминает о льде.'],
    ['a capital letter alone', 'В парке ярмарка. Я приду!'],
    ['Roman numerals and codes', 'XXI век, COVID-19, ОКТМО 32700000.'],
  ])('%s: nothing flagged', (_, text) => {
    expect(foundOf('caps', text)).toEqual([]);
  });
});

/** A sentence of `n` words. */
function sentence(n: number): string {
  const words = Array.from({ length: n }, (_, i) => (i === 0 ? 'Слово' : 'слово'));
  return `${words.join(' ')}.`;
}

describe('long sentences', () => {
  test.each([
    [25, 0],
    [26, 1],
    [40, 1],
  ])('%i words → %i finding(s)', (n, count) => {
    const text = sentence(n);
    const long = checkStyle(text).findings.filter((f) => f.kind === 'long-sentence');
    expect(long).toHaveLength(count);
    if (count) {
      expect(long[0]).toMatchObject({ start: 0, end: text.length });
      expect(long[0]!.hint).toContain(String(n));
    }
  });

  test('only the long one of several, with its own offsets', () => {
    const text = `Коротко. ${sentence(30)} Тоже коротко!`;
    const long = checkStyle(text).findings.filter((f) => f.kind === 'long-sentence');
    expect(long.map((f) => f.text)).toEqual([sentence(30)]);
  });

  test.each([
    ['a line break ends a sentence', `${sentence(15).slice(0, -1)}\n${sentence(15)}`],
    ['abbreviations do not end one, initials neither', 'Приём на ул. Ленина, д. 5, ведёт И. И. Иванов. Приходите.'],
  ])('%s', (_, text) => {
    expect(foundOf('long-sentence', text)).toEqual([]);
  });

  test('the limit is an option', () => {
    expect(foundOf('long-sentence', 'Раз два три четыре пять шесть.', { maxSentenceWords: 5 })).toEqual(['Раз два три четыре пять шесть.']);
  });
});

describe('walls of text', () => {
  const para = (n: number): string => 'а'.repeat(n - 1) + '.';

  test.each<[string, string, number]>([
    ['500 characters', para(500), 0],
    ['501 characters', para(501), 1],
    ['two paragraphs of 400 with a blank line', `${para(400)}\n\n${para(400)}`, 0],
    ['blank line with spaces in it', `${para(400)}\n  \n${para(400)}`, 0],
    ['two paragraphs of 400 with a single line break', `${para(400)}\n${para(400)}`, 1],
  ])('%s → %i', (_, text, count) => {
    expect(foundOf('wall', text)).toHaveLength(count);
  });

  test('the finding covers the paragraph, trimmed', () => {
    const text = `Коротко.\n\n  ${para(600)}  \n\nЕщё коротко.`;
    const wall = checkStyle(text).findings.find((f) => f.kind === 'wall')!;
    expect(wall.text).toBe(para(600));
    expect(wall.hint).toContain('600');
  });
});
