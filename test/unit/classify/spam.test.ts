import { describe, expect, test } from 'vitest';
import { classify, classifyThread } from '../../../utils/classify';

const spam = (text: string): boolean => classify(text).categories.includes('spam');

describe('spam', () => {
  test.each([
    ['a link with a call', 'Заработок тут: https://dohod.example.top/go пиши в лс'],
    ['a shortener', 'Смотри bit.ly/abc123'],
    ['a disguised shortener', 'Переходи vk . cc / abc'],
    ['a messenger link', 'Все подробности t.me/bestoffer'],
    ['wa.me', 'Пишите wa.me/79990001122'],
    ['a call to private messages', 'Подработка для всех, пишите в личку'],
    ['money offer and call', 'Доход от 5000 в день, пиши мне в лс'],
    ['loans', 'Кредит без проверки, займ за 5 минут, звони 89991234567'],
    ['betting', 'Ставки на спорт, бонус 1000 на первый депозит, казино онлайн'],
    ['crypto', 'Инвестируй в крипту, 200% в месяц, подробности в профиле'],
    ['adult offers', 'Интим услуги, приму у себя, пиши'],
    ['follower selling', 'Накрутка подписчиков и лайков недорого'],
    ['giveaways', 'Розыгрыш iPhone! Подпишись на канал и выиграй приз'],
    ['look-alike letters', 'Зaрaботок нa дому, пишитe'],
    ['other scripts', 'Нʏжны пᴀᴘтнᴇᴘы, пишите'],
    ['a phrase repeated', 'купи слона купи слона купи слона купи слона купи слона купи слона'],
    ['hiring by the hour', 'Нужны 4 крепких парня, плачу 5000 руб за 2 часа'],
    ['hiring with pay for each', 'Требуются грузчики на склад, оплата 3500 каждому'],
    ['trainees with a bare sum after pay', 'Необходимы стажёры на простые задачи, с оплатой 9000'],
    ['pay by the shift and a call', 'Выплаты от 7 000 руб за смену, пишите'],
    ['details in private', 'Работа для всех, за подробностями в личку'],
    ['write for details', 'Напишите мне за подробностями'],
    ['all questions in private', 'Все вопросы в лс'],
    ['quick cash', 'Есть варик срубить кэш за вечер'],
    ['training promises and a sum', 'Обучаем с нуля, всё покажем, 6000 сразу'],
    ['spare hours and a sum', 'Есть пара свободных часов? Доход от 5 000 руб'],
    ['city girls', 'Девочки в твоём городе, заходи'],
    ['meeting a man', 'Ищу встречу с мужчиной на вечер'],
    ['a driver wanted with pay', 'Ищем водителя на своём авто, от 90 000 рублей в неделю'],
    ['easy work and daily payouts', 'Лёгкая работа, ежедневные выплаты, обращайся'],
    ['telling in private', 'Есть хорошие вакансии, расскажу в лс'],
    ['a job title and a workplace with pay', 'Сварщик на объект, 4500 за смену'],
    ['a job title with a monthly sum', 'Кладовщик на склад - 90 000 р/мес'],
    ['work offered and a call', 'Предлагаю подработку на выходные, стабильный доход, пишите, расскажу'],
    ['a scheme shown and quick money', 'Покажу схему, как без лишних усилий получать деньги каждый день, маякни'],
    ['join the team', 'Приглашаем в команду, выплаты еженедельно, оставьте заявку'],
    ['my profile', 'Загляни в мой профиль, там всё'],
    ['a generous man invited', 'Жду в гости щедрого мужчину'],
    ['a plus in private', 'Ставьте плюс в личные, кому интересно'],
    ['a packing job with pay by the shift', 'Упаковщицы на склад, от 6500 за смену'],
    ["an ad's task with a promise", 'Разгрузка вагона ночью, оплата высокая'],
    ['hiring with a mobile number', 'Требуются грузчики без опыта, +7 913 222-33-44'],
    ['a job title and a workplace with a monthly sum (a doubled letter)', 'Рабочий на производственную линию - 95 000 р/мес'],
    ['a barista wanted', 'Бариста в кофейню - 120 000 р/мес'],
    ['a promise of earnings and a call', 'Хочешь стабильно зарабатывать? Пиши, расскажу'],
    ['hiring and a bare call', 'Ищем людей на удалёнку, пишите'],
    ['a hook and a call', 'Интересно? Напиши!'],
    ['a hook and a call to private messages', 'Хочешь узнать больше? Пиши в директ'],
    ['a sale and a call', 'Продам гараж, всё в лс'],
    ['a daily rental and a call', 'Квартира посуточно у вокзала, звоните'],
    ['a task, a sum and private messages', 'Разобрать документы в офисе, 4500 руб, обсудим в личке'],
    ['a sum and a bare ЛС', 'Помощь на даче, от 3000 руб. ЛС.'],
    ['a call and private messages apart', 'Настраиваю рекламу, свяжитесь со мной в ЛС'],
    ['hiring with housing provided', 'Нужны люди на объект, жильё и питание предоставим'],
    ['hiring with daily payouts', 'Набираю ребят на подработку, выплаты каждый день'],
    ['a chance to earn and a message awaited', 'Предоставляю возможность получать от 9000 в день, жду ваших сообщений'],
    ['promotion of a business', 'Продвижение вашего бизнеса в соцсетях, недорого'],
    ['clients found for a shop', 'Поможем найти клиентов для вашего магазина'],
    ['an unforgettable evening offered', 'Красивая девушка подарит незабываемые минуты, пиши'],
    ['a generous man', 'Шикарный вечер для щедрого мужчины'],
    ['meeting men', 'Познакомлюсь с мужчиной для встреч'],
    ['a lonely evening brightened', 'Скрашу твой одинокий вечер, пиши'],
    ['the profile header', 'Смотри шапку профиля'],
    ['my profile (ё)', 'Всё самое интересное в моём профиле'],
    ['someone who can do anything', 'Ищу напарника, кто умеет всё делать, 6000 в сутки, пиши в лс'],
    ['help with a licence', 'Помогу с водительским удостоверением, пишите'],
    ['money for whoever needs it', 'Кому нужны деньги — пишите'],
    ['couriers with daily payouts', 'Курьеры на доставку, выплаты ежедневно'],
    ['pay by the day and a call', 'Оплата 7000 рублей за день, пишите, договоримся'],
    ['the description', 'Зайди в описание, там всё'],
    ['a task, a dash and a sum with a dot for thousands', 'Выкопать траншею под кабель - 12.000'],
    ['a task and a sum in roubles', 'Разобрать старый сарай, 6000 руб'],
    ['a task and a sum paid in hand', 'Помыть окна в офисе - 4.500 на руки'],
    ['help wanted and a sum at the end', 'Помощь в переезде склада - 9.000'],
    ['days of work and a sum for each', 'Пару дней - 12 000 каждому'],
    ['people wanted and a sum in hand', 'Люди на выставку - 3.800 на руки'],
    ['a bare sum before "обсудим в лс"', 'Разбор архива и сортировка папок 5200 Обсудим в ЛС'],
    ['a bare sum before "свяжись в лс"', 'Помощь на складе, упаковка 4800 Свяжись в ЛС'],
    ['young people wanted with pay by the day', 'Нужны весёлые ребята на праздник, от 6000 в день'],
    ['a title on a building site with a monthly sum', 'Монтажник на строительный объект - 160 000 р/мес'],
    ['help asked, pay at the end', 'Помогите перенести мебель на дачу, плачу 4000'],
    ['help asked, pay for the help', 'Нужен человек разобрать гараж, заплачу 7000 руб за помощь'],
    ['an English text with spam words', 'Earn daily profit with our crypto signals, write to me now and start today'],
    ['an English service ad', 'Enjoy a night of comfort and luxury with our bespoke services. Find out more!'],
    ['renting a messenger account', 'возьму ваш ватсап в аренду 1ч-1000р'],
    ['renting bank cards', 'Возьму карты в аренду, плачу больше цены'],
    ['letters between straight quotes', 'Э"С"К"О"Р"Т" 18, жду'],
    ['an English job offer with a call', 'Anyone need a long-term job? Send me a PM.'],
  ])('%s', (_what, t) => expect(spam(t)).toBe(true));

  test.each([
    ['official links', 'Подробности на gosuslugi.ru и на www.kremlin.ru'],
    ['a ministry', 'Приказ опубликован на minzdrav.gov.ru'],
    ['a hotline', 'Телефон горячей линии: 8 (3843) 32-00-00, звоните'],
    ['a free hotline', 'Звоните 8-800-100-00-00 бесплатно'],
    ['salaries', 'Зарплата учителя 25 тысяч в месяц, это мало'],
    ['a bank word', 'Кредит на ипотеку слишком дорогой'],
    ['shouting alone', 'КОГДА ПОЧИНЯТ ДОРОГУ НА УЛИЦЕ ЛЕНИНА?'],
    ['emoji alone', 'Спасибо! 👍👍👍'],
    ['a petition', 'Подпишитесь на петицию о ремонте дороги'],
    ['a parking fee', 'Я плачу 100 рублей в час за парковку у больницы, это грабёж'],
    ['a loan complaint', 'Кредит под 20% в месяц, это грабёж'],
    ['a salary and a call to complain', 'Зарплата медсестры 25 000 в месяц, пишите в прокуратуру'],
    ['bills and outages', 'Свет отключают на несколько часов в день, а платим 5000 рублей'],
    ['someone needed, no offer', 'Нужен человек, который отремонтирует дорогу, а не обещания'],
    ['a topic', 'Есть тема для разговора: когда починят мост?'],
    ['unanswered questions', 'Почему не отвечаете на вопросы в лс?'],
    ['our city', 'Девочки в нашем городе молодцы, заняли первое место'],
    ['a driver on the bus', 'Водителя автобуса надо уволить, опять опоздал на 20 минут'],
    ['a simple task for the city', 'Простая задача: покрасить лавочки, а денег нет'],
    ['a handout', 'Каждому по 500 рублей раздали, и всё'],
    ['a meeting with residents', 'Встреча с жителями по поводу свободного времени детей'],
    ['what an official earns', 'Депутат зарабатывает 300 000 рублей в месяц, а пенсия 15 000'],
    ['what teachers earned', 'Учителя заработали 20 тысяч рублей за месяц, это стыдно'],
    ['an idiom', 'До ремонта как до Венеры раком'],
    ['waiting for an answer', 'Уважаемая администрация, жду вашего ответа по поводу дороги'],
    ['an appointment', 'Ожидаю вас на приёме в среду'],
    ['write to me in person', 'Напишите мне лично, пожалуйста, по поводу субсидии'],
    ['my page on gosuslugi', 'На мою страницу на Госуслугах пришло уведомление'],
    ['the personal account', 'Подробная информация в личном кабинете на Госуслугах'],
    ['a profile of an agency', 'Вся информация в профиле организации на Госуслугах'],
    ['a bot of the administration', 'Жители, пишите в телеграм-бот администрации'],
    ['men invited to a clean-up', 'Приглашаю мужчин на субботник, инвентарь выдадим'],
    // A citizen sending others to an official's Telegram is not a call to private messages.
    ['to the head (dative)', 'Пишите в телеграм главе, он отвечает'],
    ['to the head (accusative)', 'пишите в тг главу района, пусть ответит'],
    ['the head of the district', 'пишите в телеграм главы района'],
    ['to the prosecutor', 'Пишите в телегу прокурору, толку больше'],
    ['to the prosecutor office', 'Пишите в телеграм прокуратуры'],
    ['to a deputy', 'пишите в тг депутату округа'],
    ['to the governor', 'Пишите в телеграм губернатору'],
    ['to the police', 'пишите в телеграм полиции района'],
    ['to the minister', 'Пишите в телеграм министру'],
    ['to the mayor', 'пишите в тг мэру'],
    ['a seller in the shop', 'Продавец в магазине обсчитал меня на 500 рублей'],
    ['a driver on the route', 'Водитель автобуса на маршруте получает 40 000 в месяц'],
    ['a stable income wanted', 'У пенсионеров нет стабильного дохода, пенсия 15 000 рублей'],
    ['contact us', 'Свяжитесь со мной, пожалуйста, по поводу отключения воды'],
    ['a good opportunity', 'Отличная возможность для детей: бесплатный кружок рисования'],
    ['a courier and a delivery fee', 'Курьер привёз заказ с опозданием, доставка стоила 300 рублей'],
    ["porters' pay and a complaint", 'Грузчики в нашем магазине получают копейки, пишите в трудовую инспекцию'],
    ["cleaners' monthly pay", 'Уборщицы в школе получают 15 000 в месяц, это позор'],
    ['jobs, not side jobs', 'Нужны рабочие места, а не подработка за копейки'],
    ["a farmer's price", 'Продаю молоко по 30 рублей за литр, а в магазине оно 90'],
    ['meter readings', 'Сдаю показания счётчиков через Госуслуги, а пишут долг 5000 рублей'],
    ['whoever is interested, a tariff', 'Кому интересно, квартплата выросла до 5000 рублей'],
    ['whoever is interested, the administration', 'Если интересно, пишите в администрацию, там ответят'],
    ['years to earn a flat', 'Требуются годы, чтобы заработать на квартиру'],
    ['a heating bill', 'Я плачу 8000 рублей за отопление, а батареи холодные'],
    ["the administration's private messages", 'Пишите в лс администрации, штраф 5000 рублей незаконный'],
    ["the community's messages", 'Напишите в личные сообщения сообщества, вам ответят'],
    ["nurses' pay by the shift", 'Медсёстры получают 1500 за смену'],
    ['a monthly salary and a call to complain', 'Зарплата 25 000 руб/мес, пишите в прокуратуру'],
    ['meter readings, not a sale', 'Продаю гараж? Нет, сдаю показания счётчика'],
    ['a pension in hand', 'Пенсия - 15.000 на руки'],
    ['what officials get in hand', 'Дали каждому по 5000 на руки, и всё'],
    ['a price asked about', 'Поменять счётчик - 4.000?'],
    ['a handout promised', 'Обещали каждому по 10 000 рублей'],
    ['a utility bill with a request for help', 'Помогите, плачу 8000 за отопление, а в квартире холодно'],
    ['a bill and a question', 'Кто-нибудь объяснит, почему я плачу 5000 за вывоз мусора?'],
    ['a year and private messages', 'Отвечу в 2025 году, обсудим в другой раз'],
    ['an English greeting', 'Thank you for the news, we are waiting for the new road in our village'],
    ['the own channel of the administration', 'Подпишитесь на канал администрации в телеграме, там новости быстрее'],
    ['a garage or a hotel room rented', 'Возьму в аренду гараж, а номер в гостинице на сутки'],
    ['karting rented in the park', 'Аренда картинга в парке открыта до октября'],
    ['an English post about a messenger', 'Telegram is now on Wear OS. Owners of Galaxy Watch, Pixel Watch and other smartwatches, enjoy!'],
    ['an English post about a crypto wallet', 'This summer will see the largest rollout of a non-custodial crypto wallet in Telegram'],
    ['a visitor asks in English to be contacted', 'Please contact me about my mother, she lives in your district and needs help'],
    ['thanks in English for the services of a hospital', 'Thank you for the services of the city hospital, the doctors were great'],
    ['a price of a ticket', 'Билет на автобус стоит 60 рублей, а было 40'],
    ['volunteers unloading aid', 'Разгрузка машины с гуманитарной помощью прошла в субботу, спасибо волонтёрам'],
    ["nurses' pay by the shift and the governor", 'Медсёстры получают 1500 за смену, пишите губернатору'],
    ['a daily wage and the prosecutor', 'Зарплата 2000 в день, пишите в прокуратуру'],
    ['free clubs and the school', 'Хорошая возможность для детей, кружки бесплатные, звоните в школу'],
    ['few seats, ticket prices', 'Мест мало, билеты по 300 рублей'],
    ['firewood wanted by a neighbour', 'Соседи, кто продаёт дрова? Напишите, пожалуйста'],
    ['a debt in the personal account', 'В личном кабинете на Госуслугах пишет, что долг 3000 рублей'],
    ['an admin asked to answer', 'Администратор группы, ответьте в лс, пожалуйста'],
    ['a driver in his own car', 'Водитель на личном авто сбил пешехода на переходе'],
    ['business ads on poles', 'Рекламу вашего бизнеса запретили вешать на столбах'],
    ['money for a road', 'Нужны деньги на ремонт дороги, а их нет уже пять лет'],
    ['a stable income of officials', 'Стабильный доход только у чиновников'],
    ['a neighbour recommends a repairman', 'Соседи, электрик Иван хорошо сделал проводку, недорого, телефон у старшей по дому'],
    ['a free bus and a call', 'Автобус до кладбища бесплатный, звоните в администрацию'],
    ['a job fair', 'Ярмарка вакансий в центре занятости, кому интересно, приходите'],
    ['jobs, not easy money', 'Нужны рабочие места, а не лёгкие деньги'],
    ['payouts delayed', 'Выплаты каждый день задерживают, пишите в соцзащиту'],
  ])('%s', (_what, t) => expect(classify(t).categories).toEqual([]));

  test('a configurable allow-list of the region’s sites', () => {
    const text = 'Расписание на kuzbass-transport.ru/raspisanie';
    expect(spam(text)).toBe(true);
    expect(classify(text, { allowDomains: ['kuzbass-transport.ru'] }).categories).toEqual([]);
  });

  test('a clear violation is blacklisted, a single strong signal is deleted', () => {
    expect(classify('Пиши в лс, доход от 3000 в день, t.me/x').action).toBe('delete_and_blacklist');
    expect(classify('Смотри bit.ly/abc123').action).toBe('delete');
  });
});

describe('spam: sums per month and spelled-out .рф', () => {
  const rules = (t: string) => classify(t).matches.map((m) => `${m.rule}:${m.term}`);
  test('a monthly sum is a pay claim, and its digits are one sum', () => {
    expect(rules('Охранник на объект - 180 000 р/мес')).toEqual([
      'spam/job-formula:Охранник на объект',
      'spam/money-amount:180 000 р',
      'spam/income-claim:180 000 р/мес',
    ]);
    expect(rules('Кладовщик на склад, 90 000 руб/нед')).toContain('spam/income-claim:90 000 руб/нед');
  });
  test('a citizen quoting a monthly salary is not spam', () => {
    expect(classify('Зарплата 25 000 руб/мес, пишите в прокуратуру').categories).toEqual([]);
  });
  test('"точка рф" is a link', () => {
    expect(rules('заходи на site точка рф')).toEqual(['spam/link:site точка рф']);
    expect(classify('Живём в РФ, точка. Рф не заграница').categories).toEqual([]);
  });
});

describe('spam: a short ad of a task and its pay is not a citizen quoting public spending', () => {
  test.each([
    'Заменить окна в школе — 2 000 000 рублей',
    'Отремонтировать дорогу до школы стоит 90 000',
    'Убрать снег во дворе - 3000',
    'Благоустроить сквер — 12 млн руб.',
  ])('%s', (t) => expect(classify(t).categories).toEqual([]));
});

describe('spam: one call to write is one signal', () => {
  test.each([
    ['Отвечу на все вопросы, пишите в личку', 'delete'],
    ['пишите в лс', 'delete'],
    ['Пишите! Подробности в лс', 'delete'],
    ['Нужны люди, 5000 в день, пишите в лс', 'delete_and_blacklist'],
  ])('%s → %s', (text, action) => {
    expect(classify(text).action).toBe(action);
    expect(classify(text).categories).toEqual(['spam']);
  });
});

describe('spam: volunteers are not hired', () => {
  test.each(['Требуются волонтёры на субботник в субботу, пишите', 'Срочно требуются добровольцы на уборку берега, звоните'])('%s', (t) =>
    expect(classify(t).categories).toEqual([]),
  );
  test('hiring still is', () => expect(classify('Требуются грузчики, пишите').categories).toEqual(['spam']));
});

describe('spam: two keywords of different kinds of offer', () => {
  test.each([
    'Работаем с долгами и кредитами, всё быстро. Пишите',
    'Мы ищем амбициозных людей, готовых много зарабатывать',
    'Халтура для всех, подойдёт и девушкам. В ЛС',
    'Решим с микрозаймом, пиши',
  ])('%s → delete', (text) => {
    const v = classify(text);
    expect(v.categories).toEqual(['spam']);
    expect(v.action).toBe('delete');
  });
  test.each([
    // Two of one kind: a job seeker.
    'Ищу работу водителем, опыт 10 лет, кто знает вакансии — подскажите.',
    // A discount and a call: a club's notice.
    'Набор в кружки ДК открыт, занятия бесплатные, пишите в сообщения сообщества.',
    // Beside a public employer.
    'Вакансии центра занятости: продавец, повар, медсестра. Звоните 8-800-100-10-10.',
    // Not hiring: "требуются годы".
    'Требуются годы, чтобы заработать на квартиру',
  ])('%s → review at most', (text) => {
    const v = classify(text);
    expect(v.categories).toEqual([]);
    expect(['none', 'review']).toContain(v.action);
  });
});

describe('spam: a handle that signs the text off', () => {
  test.each(['Узнать больше: @promo_deals', 'Работаем по всему СНГ, доставка быстро @shop_best 🔥', 'Помогу с переводом в тыл. @helper_bot1'])(
    '%s → delete',
    (text) => expect(classify(text).categories).toEqual(['spam']),
  );
  test.each([
    '@ivan_petrov а где это?',
    'Кто может сказать, кроме @ivan_petrov',
    'Сканер уже всё? @ivan_petrov',
    'Обратитесь в @adm_rayon, там ответят',
    'Вопрос к @minzdrav_region',
  ])('%s → review at most', (text) => expect(classify(text).categories).toEqual([]));
});

describe('spam: a mobile number that signs the text off', () => {
  test.each([
    'Вывод из запоя на дому, кодирование, анонимно 24/7. Тел. 8-902-119-33-40',
    'Регистрация временная, патенты для мигрантов быстро и без очередей. Тел. +7 985 300-12-11',
    'Вызов мастера по ремонту компьютеров на дом, 24/7. 89097776655 📞',
  ])('%s → spam', (text) => {
    const v = classify(text);
    expect(v.categories).toEqual(['spam']);
    expect(v.matches.map((m) => m.rule)).toContain('spam/phone');
  });
  test.each([
    'Потерялась собака, рыжая, откликается на Бим. 89121234567',
    'Прошу перезвонить по поводу отключения воды, 8 912 345 67 89',
    'Мой номер 89123456789',
    'Отдам котят в добрые руки, 89123456789',
    'Требуются водители в МУП «Транспорт», зарплата от 60 000, тел. 8 912 345-67-89',
    '89123456789',
    'Позвоню вам по 8 (3452) 61-40-73',
  ])('%s → no spam', (text) => expect(classify(text).categories).toEqual([]));
  test.each(['Звонила в управляющую, +7 902 555-11-22, обещали прислать мастера', 'Позвонила по +7 902 555-11-22, там сказали ждать до пятницы'])(
    'a number inside the text only supports: %s → no spam',
    (text) => expect(classify(text).categories).toEqual([]),
  );
  test('a trade around a number inside the text is left to the learned reading: deleted, never blacklisted', () => {
    const v = classify('Автоподбор, +7 902 555-11-22, выезд по области');
    expect(v.action).toBe('delete');
    expect(v.matches.map((m) => m.rule).sort()).toEqual(['spam/learned', 'spam/phone']);
  });
});

describe('spam: a trade offered in the first person', () => {
  test.each(['Вывезу мусор, старую мебель, недорого, в лс', 'Выкуплю ваш автомобиль в любом состоянии, пишите', 'Оформлю ОСАГО без осмотра 8 912 345 67 89, звоните'])(
    '%s → spam',
    (text) => expect(classify(text).categories).toEqual(['spam']),
  );
  test.each([
    'Сделаю запрос в администрацию и напишу, что ответят',
    'Ну я его бесплатно возьму, сделаю возврат денег и всё',
    'Пишите в личные сообщения сообщества, если не можете дозвониться до регистратуры — поможем записаться.',
    'Сделаю ещё раз и сделаю скриншот',
  ])('%s → no spam', (text) => expect(classify(text).categories).toEqual([]));
});

describe('spam: a lure to the author\'s profile', () => {
  test.each(['Кто хочет поднять на ставках — в профиле вся инфа', 'Зайдите ко мне на страницу, там много полезного 😉', 'Привет, у меня есть для тебя предложение, глянь личку', 'Зацените мой канал, там все про нашу область'])(
    '%s → spam',
    (text) => expect(classify(text).categories).toEqual(['spam']),
  );
});

describe('spam: a call beside a sum is a citizen\'s too', () => {
  test.each([
    'Собрали уже 50 000 рублей на лечение Маши, пишите, кто ещё хочет помочь',
    'Штраф 5000 рублей за парковку на газоне! Пишите, если видите нарушителей',
    'Потеряла кошелёк, там было 2000 рублей, кто нашёл — звоните, отблагодарю',
    'За отопление насчитали 8 тысяч в месяц, у кого так же — пишите, будем жаловаться вместе',
    'Билеты на концерт по 500 рублей, подробности пишите в комментариях',
  ])('%s → review at most', (text) => expect(classify(text).categories).toEqual([]));
});

describe('spam: formulas of job, document and escort ads', () => {
  test.each(['Ищу администратора в чат, оплата хорошая, без опыта', 'Пробив по номеру телефона, любые данные, в лс', 'Кому надо отметку о прививке, в лс', 'Девочки, есть работа в сопровождении, пишите'])(
    '%s → spam',
    (text) => expect(classify(text).categories).toEqual(['spam']),
  );
});

describe('spam: mutual subscriptions, reviews for sale, finding people, portfolios, a number signed with a name', () => {
  test.each([
    'подпишитесь пожалуйста на мою страничку, взаимно',
    'подпишись на меня взаимно, отпишусь сразу',
    'займ онлайн одобрение 99%, сайт zaimy-srochno точка ру',
    'найду номер телефона по странице вк',
    'сделаю отзывы на авито и яндекс картах, недорого',
    'Раскручу вашу страницу, 100 заявок в день, пишите слово РОСТ',
    'Фотограф на свадьбу, выпускной, юбилей, недорого, портфолио в профиле',
    'Пробив базы, детализация звонков, переписки, быстро, оплата после, в лс',
    'Ремонт квартир под ключ, плиточник, маляр, качественно и недорого, тел 89172345612 Руслан',
  ])('%s', (t) => expect(classify(t).categories).toContain('spam'));
  test.each([
    'Взаимно, спасибо за поздравление с праздником!',
    'Спасибо за отзыв на сайте администрации, учтём',
    'Потерялась собака, звоните 89631112200 Ольга',
    'Напишите слово благодарности нашим учителям в комментариях',
    'Найду ли я номер приёмной на сайте администрации?',
  ])('%s', (t) => expect(classify(t).action).not.toMatch(/delete/));
});

describe('spam: a number signed with a first name, with no other evidence', () => {
  // classify() looks for numbers last, only when one may sign the text off; classifyThread looks always.
  test.each(['Автоподбор, выезд по области. Тел 89121234567 Сергей', 'Колю дрова, выезд по району 89121234567 Иван'])('%s', (t) => {
    expect(classify(t).categories).toContain('spam');
    expect(classifyThread([{ id: '1', text: t }])[0]!.action).toBe(classify(t).action);
  });
});

describe('spam: a lost-and-found notice asks neighbours to write', () => {
  test.each([
    'Пропала собака, рыжая, откликается на Бим. Кто видел, напишите в личку',
    'Потерялся кот, серый, кто видел напишите в личку пожалуйста, вознаграждение',
    'Найдены ключи возле школы №3, пишите в лс',
    'Нашла ключи у подъезда, пишите в личку',
    'Кто видел нашего пса? Убежал вчера вечером с Лесной, пишите в личку или звоните',
  ])('%s → no spam', (t) => {
    const v = classify(t);
    expect(v.categories).toEqual([]);
    expect(v.matches.map((m) => m.rule)).not.toContain('spam/lost');
  });
  test.each([
    'Пропала собака! А пока ищете — заработок от 5000 в день, пиши в лс',
    'Нашла способ зарабатывать дома, пиши в лс',
    'Кто видел мой канал? Переходи по ссылке в профиле, пиши в лс',
  ])('%s → spam', (t) => expect(classify(t).categories).toEqual(['spam']));
});

describe('spam: a hotline and a subbotnik are a citizen\'s', () => {
  test.each([
    'Звоните в Россети на 8-800-220-0-220, круглосуточно и бесплатно',
    'Горячая линия 8 800 100-12-34 работает круглосуточно, звоните',
    'Хорошая новость: выиграли грант, 450 тысяч рублей! Летом будем монтировать, нужны будут помощники на субботник',
  ])('%s → no spam', (t) => expect(classify(t).categories).toEqual([]));
  test('a loan offer beside a hotline still goes to review', () => expect(classify('Кредит без отказа, звони 8-800-555-35-35').action).toBe('review'));
  test('helpers for a warehouse are hired', () => expect(classify('Нужны помощники на склад, 5000 в день, пишите').categories).toEqual(['spam']));
});

describe('spam: a service ad opens with its trade', () => {
  test.each([
    'Ремонт компьютеров, установка Windows, удаление вирусов, выезд на дом',
    'Ремонт стиральных машин и холодильников на дому, выезд в день обращения',
    'Сантехник, электрик, недорого, быстро, без выходных',
    'Установка кондиционеров, заправка, чистка. Весенние скидки до 25%!',
    'Прописка в Москве и МО, реальная, недорого',
  ])('%s → spam', (t) => expect(classify(t).categories).toEqual(['spam']));
  test.each([
    'Ремонт дороги на Ленина когда?',
    'Ремонт дорог на выезде из города когда закончат?',
    'Ремонт школы под ключ обещали к сентябрю, а где он?',
    'Уборка снега во дворе не проводилась неделю, звоните в управляющую компанию',
    'Мы в администрации ждём: ремонт моста, выезд на дом к ветеранам — всё по плану',
  ])('%s → no spam', (t) => expect(classify(t).categories).toEqual([]));
});
