import { describe, expect, test } from 'vitest';
import { classify } from '../../../utils/classify';

const insult = (text: string): boolean => classify(text).categories.includes('insult');

describe('insult: words that insult in every form', () => {
  test.each([
    'дебил', 'дебилы', 'дебилка', 'идиот', 'идиотка', 'кретин', 'урод', 'уроды', 'уродина', 'мразь', 'мрази', 'тварь',
    'твари', 'ублюдок', 'ублюдки', 'чмо', 'быдло', 'гнида', 'дегенерат', 'ничтожество', 'придурок', 'скотина',
    'сволочь', 'подонки', 'мерзавец', 'паскуда', 'бездари', 'ворюги', 'тупица', 'выродок', 'отморозки',
  ])('%s', (w) => expect(insult(`Это ${w}.`)).toBe(true));
});

describe('insult: context words only when aimed at someone', () => {
  test.each([
    'Ты тупой?',
    'Вы все воры.',
    'Глава — клоун.',
    'Все депутаты - воры',
    'Замолчи, дурак.',
    'Дура, не пиши сюда.',
    'Ну ты и козёл.',
    'Какие же вы тупые!',
    'Тупой ты, а не мэр',
    'Они все жулики.',
    'Клоуны!',
    '[id123|Иван], поехавший совсем',
  ])('%s', (t) => expect(insult(t)).toBe(true));

  test.each([
    'Тупой нож в столовой.',
    'Вор попался на камеру.',
    'Клоун в цирке понравился детям.',
    'Козёл и овца на ферме.',
    'Олень в зоопарке заболел.',
    'Крыса бегает в подвале школы.',
    'Это дно реки, там опасно.',
  ])('%s', (t) => expect(insult(t)).toBe(false));
});

describe('insult: obscene abuse nouns are both', () => {
  test.each(['мудак', 'пидор', 'долбоёб', 'гондон', 'уёбок'])('%s', (w) => {
    expect(classify(w).categories).toEqual(['obscene', 'insult']);
  });
});
