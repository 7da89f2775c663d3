import { describe, expect, test } from 'vitest';
import { classify } from '../../../utils/classify';

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
