import { describe, expect, test } from 'vitest';
import { checkStyle, type FindingKind } from '~/utils/style';
import { BUILTIN_ALLOWED, BUILTIN_DICTIONARY, KIND_INFO } from '~/utils/style/dictionary';
import { DictionaryEntrySchema } from '~/utils/style/schema';
import { found } from './helpers';

describe('bureaucratese, in its word forms', () => {
  test.each<[string, string]>([
    ['Мы осуществляем приём граждан по средам.', 'осуществляем'],
    ['Приём граждан осуществлялся по записи.', 'осуществлялся'],
    ['Осуществление ремонта начнётся в мае.', 'Осуществление'],
    ['Осуществлённые работы приняли.', 'Осуществлённые'],
    ['Иванов является главой района.', 'является'],
    ['Участие не является обязательным.', 'является'],
    ['Эти люди являются волонтёрами.', 'являются'],
    ['Совет, являющийся органом района, собрался.', 'являющийся'],
    ['Данный вопрос решён.', 'Данный'],
    ['В данной ситуации звоните нам.', 'данной'],
    ['Сейчас производится ремонт крыши.', 'производится'],
    ['Работы производились ночью.', 'производились'],
    ['Поговорим в ходе встречи.', 'в ходе'],
    ['Приём по вопросам ЖКХ — во вторник.', 'по вопросам'],
    ['Сообщаем о нижеследующем.', 'о нижеследующем'],
    ['Мусор вывозят в соответствии с графиком.', 'в соответствии с'],
    ['Дорогу закрыли в связи с ремонтом.', 'в связи с'],
    ['Закрыто в связи со сменой трубы.', 'в связи со'],
    ['Приходите, на сегодняшний день запись открыта.', 'на сегодняшний день'],
    ['Сотрудники проводят работу с населением.', 'проводят работу'],
    ['Школьники приняли участие в акции.', 'приняли участие'],
    ['Волонтёры примут участие в уборке.', 'примут участие'],
    ['Оказание помощи пострадавшим продолжается.', 'Оказание помощи'],
    ['Мы оказываем помощь пожилым.', 'оказываем помощь'],
    ['Каток в настоящее время закрыт.', 'в настоящее время'],
    ['Патруль усилен с целью обеспечения порядка.', 'с целью обеспечения'],
    ['Дорогу перекрыли в целях безопасности.', 'в целях'],
    ['Снег вывезут в текущем году.', 'в текущем году'],
    ['Дворы убирают в ежедневном режиме.', 'в ежедневном режиме'],
    ['Вопрос на постоянном контроле.', 'на постоянном контроле'],
    ['Завтра состоится концерт.', 'состоится'],
  ])('%s → %s', (text, phrase) => {
    expect(found(text)).toContainEqual(['bureaucratese', phrase]);
  });

  test.each([
    ['«данные» (data) are not «данный»', 'Данные о погоде обновляем каждый час.'],
    ['«по данным» is a source', 'По данным Росстата, цены выросли.'],
    ['open data', 'Открытые данные района — на сайте.'],
    ['«входе» is not «в ходе»', 'Билеты продают при входе в парк.'],
    ['«на входе»', 'Охрана стоит на входе.'],
    ['«рамках» inside another word', 'Расскажем о фоторамках из бересты.'],
    ['«рамки» alone', 'Рамки для фото — в подарок.'],
    ['production, not «производится»', 'Производство мебели — гордость района. Завод производит кирпич.'],
    ['«явился» is another verb', 'Снег явился к нам в ноябре. Явление природы!'],
    ['«согласны» is not «согласно»', 'Согласны? Пишите!'],
    ['«связь» is not «в связи с»', 'Связь с администрацией — по телефону.'],
    ['«ходим» and «поход»', 'Ходим в походы всей семьёй.'],
    ['helping in plain words', 'Мы помогаем пожилым людям и участвуем в акциях.'],
    ['«огромное спасибо» is allowed', 'Огромное спасибо всем, кто пришёл!'],
  ])('%s: nothing flagged', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('press-release openings', () => {
  test.each<[string, string]>([
    ['Вчера состоялось собрание жителей.', 'состоялось'],
    ['В школе состоялся концерт.', 'состоялся'],
    ['Было проведено совещание по уборке снега.', 'Было проведено'],
    ['В администрации прошло заседание комиссии.', 'прошло заседание'],
    ['Глава провёл совещание с управляющими компаниями.', 'провёл совещание'],
    ['В соответствии с постановлением тарифы выросли.', 'В соответствии с'],
    ['Тарифы меняются. В соответствии с решением думы вода дорожает.', 'В соответствии с'],
    ['Совещание прошло под председательством главы.', 'под председательством'],
  ])('%s → %s', (text, phrase) => {
    expect(found(text)).toContainEqual(['press-release', phrase]);
  });

  test('«в соответствии с» inside a sentence is bureaucratese, not an opening', () => {
    expect(found('Вода дорожает в соответствии с решением думы.')).toEqual([['bureaucratese', 'в соответствии с']]);
  });

  test.each([
    ['a coming fair', 'Завтра пройдёт ярмарка. Приходите!'],
    ['a concert that went well', 'Концерт прошёл отлично, спасибо артистам!'],
    ['a meeting announced simply', 'Встреча с главой будет в субботу в клубе.'],
  ])('%s: nothing flagged', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('clichés and empty intensifiers', () => {
  test.each<[string, string]>([
    ['Сделаем в кратчайшие сроки.', 'в кратчайшие сроки'],
    ['Праздник прошёл на высоком уровне.', 'на высоком уровне'],
    ['Проделана огромная работа.', 'огромная'],
    ['Это максимально удобно.', 'максимально'],
    ['Очень важно прийти вовремя.', 'Очень важно'],
    ['Это неотъемлемая часть жизни села.', 'неотъемлемая часть'],
    ['Спорт играет важную роль.', 'играет важную роль'],
    ['Следует отметить, что снег убрали.', 'Следует отметить'],
    ['Особое внимание уделили детям.', 'Особое внимание'],
    ['Всё прошло в тёплой атмосфере.', 'тёплой атмосфере'],
    ['Приносим извинения за неудобства.', 'Приносим извинения'],
    ['Уникальный проект стартовал.', 'Уникальный'],
  ])('%s → %s', (text, phrase) => {
    expect(found(text)).toContainEqual(['cliche', phrase]);
  });

  test.each([
    ['«очень» alone is not flagged', 'Нам очень понравилось!'],
    ['a plain number', 'Пришли триста человек.'],
    ['«важно» alone', 'Важно: возьмите паспорт.'],
  ])('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the built-in dictionary (data)', () => {
  test.each(BUILTIN_DICTIONARY.map((e, i) => [i, typeof e.phrase === 'string' ? e.phrase : e.phrase[0], e] as const))(
    'entry %i (%s) is valid by the schema users get',
    (_, __, entry) => {
      expect(DictionaryEntrySchema.safeParse(entry).success).toBe(true);
    },
  );

  const variants = BUILTIN_DICTIONARY.flatMap((entry) => (typeof entry.phrase === 'string' ? [entry.phrase] : entry.phrase).map((phrase) => ({ phrase, entry })));

  test.each(variants.map((v) => [v.phrase, v.entry.kind, v.entry] as const))('«%s» is found as %s', (phrase, kind, entry) => {
    // A `*` stands for any letters: fill it with one, and keep the phrase away from a sentence start
    // unless the entry is bound to one.
    const sample = phrase.replaceAll('*', 'а');
    const text = entry.atStart ? `${sample} тут.` : `Слово ${sample} тут.`;
    const report = checkStyle(text);
    expect(report.findings.map((f) => [f.kind, f.text.toLowerCase()] as [FindingKind, string])).toContainEqual([kind, sample]);
    const finding = report.findings.find((f) => f.kind === kind && f.text.toLowerCase() === sample)!;
    expect(finding.name).toBe(entry.name ?? KIND_INFO[kind].name);
    expect(finding.hint).toBe(entry.hint);
  });

  test('a phrase is spelled once, except for a sentence-start twin', () => {
    const seen = new Map<string, boolean>();
    for (const { phrase, entry } of variants) {
      const key = `${phrase}|${entry.atStart ?? false}`;
      expect(seen.has(key), phrase).toBe(false);
      seen.set(key, true);
    }
  });

  test('phrases are written as they are matched: lowercase, е for ё, single spaces', () => {
    for (const { phrase } of variants) expect(phrase).toMatch(/^[а-яa-z*-]+(?: [а-яa-z*-]+)*$/);
    for (const phrase of BUILTIN_ALLOWED) expect(phrase).toMatch(/^[а-я]+(?: [а-я]+)*$/);
  });

  test('hints are sentences', () => {
    for (const entry of BUILTIN_DICTIONARY) expect(entry.hint).toMatch(/[.!?»]$/);
  });
});
