import { wordOf, type Normalised } from './normalise';
import { insultRules } from './rules/insult';
import { readsWord } from './rules/rule';

/**
 * Whether the word at token `t` is aimed at someone. Context-dependent words (тупой, клоун,
 * вор, дура) insult only then: "ты тупой", "вы все воры", "глава — клоун", "Замолчи, дурак.",
 * "кучка воров"; never "тупой закон" or "вор попался на камеру".
 */

const SECOND_PERSON = new Set([
  'слышь', 'ты', 'вы', 'тебя', 'вас', 'тебе', 'вам', 'тобой', 'вами', 'твой', 'твоя', 'твое', 'твои', 'ваш', 'ваша', 'ваше',
  'ваши', 'сам', 'сама', 'сами', 'твоего', 'твоему', 'твоим', 'твоей', 'твою', 'вашего', 'вашему', 'вашим', 'вашей', 'вашу',
]);
/** The addressee's head and face: "твоя тупая башка" insults the person. */
const BODY = /^(?:башк|голов|мозг|рож|морд|рыл|хар[яиеюь]|лоб|череп|котел|физиономи|мурл|рот$|рта|пасть|язык)/;
/** The addressee as the subject: "ты крыса", "вы свиньи". */
const YOU = new Set(['ты', 'вы', 'сам', 'сама', 'сами', 'слышь']);
/** Endings of the oblique cases: "хомячков", "кабаном", "крысам" (not the stem of "хам", "вор"). */
const OBLIQUE_ENDING = /(?:ов|ев|ей|ам|ям|ами|ями|ах|ях|ом|ем|ой|ою|ую|ью)$/;
const isOblique = (w: string): boolean => w.length > 3 && OBLIQUE_ENDING.test(w);

/**
 * Whether the second-person word `you` beside `w` calls the addressee `w`. A word that also names
 * animals and things is a name only with ты or вы as its subject and in the nominative: "ты
 * крыса", "вы свиньи" — not "у вас кабан в огороде", "вас клопы заели?", "тебя жаба душит", "твоя
 * корова", "ты же хомячков держишь".
 */
function calls(you: string, w: string): boolean {
  return !LITERAL.test(w) || (YOU.has(you) && !isOblique(w));
}

/** Possessives of the addressee: "ваш", "твоя". */
const POSSESSIVE = new Set([
  'твой', 'твоя', 'твое', 'твои', 'ваш', 'ваша', 'ваше', 'ваши', 'твоего', 'твоему', 'твоим', 'твоей', 'твою', 'вашего', 'вашему',
  'вашим', 'вашей', 'вашу',
]);
const PERSON_SUBJECT = new Set(['ты', 'вы', 'тебя', 'вас', 'тебе', 'вам', 'сам', 'сама', 'сами', 'ваш', 'ваша', 'ваши', 'твой', 'твоя', 'твои']);
// Not "это": "это дно реки" is about a river.
const THIRD_PERSON = new Set([
  'он', 'она', 'они', 'этот', 'эта', 'эти',
  // "таких козлов надо учить", "этих клоунов".
  'этих', 'этими', 'таких', 'такими', 'такого', 'такую', 'таким',
]);
/**
 * The singular "этого", "эту" before words that only abuse people: "эту падаль", "этого дурака" —
 * not "этого козла купили", "вид этой соски" (an animal, a thing), nor words that also name people
 * in news: "Полиция задержала этого вора", "этого клоуна дети обожают".
 */
const THIS_ONE = new Set(['этого', 'эту', 'этой', 'этому']);
const PERSON_ABUSE = /^(?:дрян|падал|гнил|дур|лжец|врун|балабол|трепл|лицемер|холоп|паразит|подстилк|подх[ао]лим|мракобес|неадекват|лузер|урод)/;
/** "This" as a pointer, not a judgement ("такой"): "эти крысы в подвале", "это клоуны из цирка". */
const THIS = new Set(['этот', 'эта', 'эти', 'этих', 'этими', 'это']);
/**
 * Animals and things the aimed words also name, which a citizen points at literally: "эти крысы в
 * подвале", "эта тряпка" (not козёл or клоун: "этот козёл", "эти клоуны в думе" are abuse far more
 * often than a goat or a circus); and people described as they are ("эти алкаши во дворе", "маньяк
 * задержан", "если он действительно алкаш").
 */
const LITERAL = /^(?:ов[цe]|олен|баран|ос[её]?л|осл|петух|крыс|свин|скот|обезьян|шакал|живот|насеком|гад|тряпк|чучел|мусор|шлак|дно|стад|куриц|дырк|шав|гнид|кобыл|коров|дят|баклан|овощ|дубин|шестерк|алкаш|нарик|наркош|гопник|извращен|маньяк|педофил|нахлебн|малолетк|хомяч|орк|жаб|ведьм|зме|гадюк|пиявк|глист|таракан|вош|клоп|плесен|кобел|кабан|борова|хряк|трол|раб|выкидыш|зомби|колхозн|сектант|подсос|опарыш|черв|петуш|тунеяд|гиен|ишак|макак|уголовник|попуга|хомяк|пень|кукл|укроп|пьяниц|пропойц|трут[ен]|толст|снежинк|щен|стервятн|отброс|тюфя|швабр|вобл|совок|совк|морд|гамадрил|питух|питуш|противн|лентя|шкур|фашист|нацист|аутист|слизня|мокриц|индюк|псин|пес$|псы$|дворняг|тюлен|бегемот|свиноматк|клуш|тетер|лапот|лапти|вален|щегол|щегл|кошелк|базарн|отморожен|безголов|сумасшедш|злобн|шизофреник|торч|шпан|бабуин|мартышк|павиан|зверьк|кровосос|одноклеточн|дикар|сосун|оборотн|оборотен|садист|хор[еь]к|хорьк|чурк|лежебок|пугал|недоразумени|нюн|чудил)/;
/** Words for things as much as for people: "ну и говно" is said of a film. */
const THING = /^(?:г[ао]вн|дерьм|дно|шлак|высер|жоп|мусор|тряпк|чучел|дырк|дубин|шестерк|овощ|плесен|позорищ|посмешищ|убожеств|страшилищ|бездарност|нечист|пустышк|совок|совк|пугал|недоразумени|тормоз(?:ы|а)?$)/;
/** A word of the aimed rule: two side by side are abuse ("продажная крыса", "тупая овца"). */
const AIMED_RULE = insultRules.find((r) => r.id === 'insult/aimed')!;
const isAimedWord = (w: string): boolean => readsWord(AIMED_RULE, w);
/** A word that insults in every form: "самодур и хам", "пьяница и лодырь" read as one list. */
const DIRECT_RULE = insultRules.find((r) => r.id === 'insult/direct')!;
const isAbuseWord = (w: string): boolean => isAimedWord(w) || readsWord(DIRECT_RULE, w);
/** Commands that are abuse wherever they stand: "сдохни", "заткнись". */
const COMMAND = /^(?:сдохн|заткн)/;
/** Words for a person, which an abusive adjective describes as it abuses: "Чокнутый владыка", "безмозглые создания". */
const PERSON =
  /^(?:человек|человечишк|люди|людей|мужик|мужчин|баб[аыу]?$|бабк|бабе|дед|тетк|тетя|дядя|дядьк|парень|парни|пацан|девк|девушк|женщин|старик|старух|семьянин|создани|родственик|тип$|типы|персонаж|экземпляр|товарищ|господин|гражданин|граждан|владык|царь|цари|правител|депутат|чиновник|начальник|директор|руководител|председател|заведующ|чиновниц|политик|артист|певиц|певец|ведущ|футболист|хокеист|спортсмен|эксперт|глав[аыеу]$|мэр|губернатор|президент|министр|народ|журналист|блогер|автор|админ|модератор|сосед|колег|мамаш|мамочк|папаш|блондинк|брюнетк|бабул|дедул|старушк|таксист|водител|дачник|собачник|кошатниц|бюджетник|медсестр|медик|врач|учител|училк|воспитател|продавщиц|продавц|касир|гаишник|полицейск|полицаи|мент[ыа]?$|ментов|участков|следовател|прокурор|судь[ия]|охраник|дворник|строител|комунальщик|управленц|инспектор|управляющ|физрук|москвич|мигрант|приезж|понаехавш|студент|школьник|пенсионер|власти|властям|чинуш|бюрократ|существ(?:о|а)?$|личност(?:ь|и)$|субъект|индивид|особ[ьи]$|персон[аы]$)/;

/**
 * Adjectives that, before a word for a person, may be pity or a report of a state rather than abuse:
 * "жалкие пенсионеры", "Невменяемый водитель сбил пешехода", "сумасшедший врач".
 */
const STATE = /^(?:жалк|невменяем|неадекватн|сумасшедш|психован|истеричн|шизанут|поехавш|больн)/;

/** A command to the reader: "стыдитесь", "уходите", "отстань". */
const IMPERATIVE = /(?:ите|итесь|йте|йтесь|ись|ься)$/;
/**
 * Commands to the one addressed, which make the noun of abuse beside them, with no comma, a vocative:
 * "иди отсюда клоун", "заткнись дура", "Урод иди проспись" (VK comments often leave the commas out).
 */
const COMMANDS = new Set([
  'иди', 'идите', 'уходи', 'уходите', 'вали', 'валите', 'пиши', 'пишите', 'читай', 'читайте', 'молчи', 'молчите', 'помолчи',
  'помолчите', 'отстань', 'отстаньте', 'отвали', 'отвалите', 'заткнись', 'заткнитесь', 'успокойся', 'успокойтесь', 'проспись',
  'учись', 'учитесь', 'думай', 'думайте', 'слушай', 'слушайте', 'сиди', 'сидите', 'лечись', 'лечитесь', 'отдыхай',
  'отдыхайте', 'гуляй', 'гуляйте', 'проваливай', 'проваливайте', 'катись', 'катитесь', 'беги', 'бегите', 'позорься', 'позорьтесь',
  'ной', 'плачь', 'захлопни', 'закрой', 'проснись', 'очнись', 'удались', 'отпишись', 'отвянь', 'угомонись', 'уймись', 'выйди',
  'свали', 'свалите', 'исчезни', 'протрезвей', 'повзрослей', 'подрасти', 'признайся', 'утрись', 'смирись', 'знай', 'запомни',
]);
/** "обе проститутки", "оба козла". */
const BOTH = new Set(['оба', 'обе', 'обоих', 'все']);
/** An exclamation before a noun: "какая же дура", "какой козёл". */
const EXCLAIM = new Set(['какой', 'какая', 'какие', 'такой', 'такая', 'такие']);
/** "такой", "такая": an exclamation only opening its sentence or after "и", "же", "ну" ("и такая дура!" — not "был такой клоун!"). */
const SUCH = new Set(['такой', 'такая', 'такие']);
const BEFORE_SUCH = new Set(['и', 'же', 'ну', 'вот', 'а', 'ты', 'вы', 'он', 'она', 'они']);
const opensSuch = (nz: Normalised, k: number): boolean =>
  k - 1 === 0 || SENTENCE_END.test(gapBefore(nz, k - 1)) || BEFORE_SUCH.has(word(nz, k - 2));
/** Who an exclamation may name after its noun: "какая же дура эта …", "какой козёл ты". */
const NAMED = new Set(['эта', 'этот', 'эти', 'он', 'она', 'они', 'ты', 'вы']);

/** Whether the word at `t` ends its sentence or is followed by the one it names. */
function endsOrNames(nz: Normalised, t: number): boolean {
  if (t === nz.tokenCount - 1 || SENTENCE_END.test(gapAfter(nz, t))) return true;
  return !gapAfter(nz, t).trim() && NAMED.has(word(nz, t + 1));
}
/** "тот ещё …": the one before "ещё" in "a real one". */
const THAT = new Set(['тот', 'та', 'те', 'того', 'тех', 'той']);
/** "иди в жопу", "пошёл в …": sent somewhere. */
const SEND = new Set(['иди', 'идите', 'пошел', 'пошла', 'пошли', 'катись', 'катитесь', 'вали', 'валите']);
const GROUP = new Set(['кучка', 'кучку', 'кучкой', 'стадо', 'стаду', 'банда', 'банду', 'бандой', 'сборище', 'шайка', 'шайку', 'свора', 'свору', 'толпа', 'куча', 'одни', 'сплошные', 'сплошь', 'страна', 'правительство', 'власть']);
/**
 * Words that may stand between the aim and the insult ("ты же просто конченый …"), spelled as the
 * skeleton reads them (a doubled letter collapsed: "вобще", "законченый").
 */
const FILLER = new Set([
  'же', 'просто', 'все', 'всё', 'полный', 'полная', 'полное', 'полные', 'настоящий', 'настоящая', 'настоящие', 'самый',
  'самая', 'реально', 'еще', 'ж', 'скорее', 'хуже', 'такой', 'такая', 'такие', 'конченый', 'редкостный', 'редкостная', 'форменый',
  'натуральный', 'обыкновеный', 'старый', 'старая', 'очередной', 'очередная', 'и', 'был', 'была', 'были', 'есть',
  'очень', 'совсем', 'вобще', 'тоже', 'там', 'тут', 'здесь', 'опять', 'ещё', 'ведь', 'как', 'на', 'всегда', 'не',
  'действительно', 'абсолютно', 'совершено', 'конкретно', 'окончательно', 'точно', 'явно', 'однозначно', 'видимо',
  'видать', 'походу', 'наверное', 'определено', 'законченый', 'законченая', 'законченые', 'типичный', 'типичная',
  'обычный', 'обычная', 'натуральная', 'натуральные', 'конченая', 'конченые', 'истиный', 'истиная', 'истиные',
  'бля', 'блин', 'дурак', 'дура', 'глупый', 'тупой', 'тупая', 'тупые', 'жалкий', 'жалкая', 'мелкий', 'безмозглый', 'лживый',
]);

const SENTENCE_END = /[.!?…\n]/;
const DASH = /[—–]|\s-\s|^-\s|\s-$/;

const word = wordOf;

function gapBefore(nz: Normalised, t: number): string {
  const from = t > 0 ? nz.tokSrcEnd[t - 1]! : 0;
  return nz.source.slice(from, nz.tokSrcStart[t]);
}

function gapAfter(nz: Normalised, t: number): string {
  const to = t + 1 < nz.tokenCount ? nz.tokSrcStart[t + 1]! : nz.source.length;
  return nz.source.slice(nz.tokSrcEnd[t], to);
}

/** A VK reply: "[id123|Имя], …" — the whole comment is addressed to that person. */
const VK_REPLY = /^\s*\[(?:id|club|public)\d+\|[^\]]*\]/;

/** Words a sentence may open with before a vocative: "Вот убогие, …", "Ну дурак, …", "Какой глупый, …". */
const OPENER = new Set(['вот', 'ну', 'эх', 'ах', 'ох', 'ой', 'какой', 'какая', 'какие', 'какое']);
/** Prepositions: "напишите в бот", "у бота" name a program, not a person. */
const PREPOSITION = new Set(['в', 'во', 'на', 'через', 'у', 'от', 'для', 'к', 'ко', 'с', 'со', 'о', 'об', 'про', 'за', 'из', 'по', 'при', 'без']);

const SINGULAR_BOT = new Set(['бот', 'ботик', 'ботяра', 'ботша', 'ботара']);
/** The forms that also name a program; the pejorative ones (ботик, ботша) are aimed as usual. */
const PLAIN_BOT = new Set(['бот', 'боты', 'ботов', 'ботам', 'ботами']);

/**
 * "бот" (a paid commenter) is also a program ("напишите в бот", "бот Госуслуг"): it insults
 * only when someone is called so — a vocative ("[id1|Имя], бот, …", "не повторяйся, бот"), a
 * second-person word beside it ("ты бот", "бот ты"), or the last word of a reply, in the singular
 * and not after a preposition ("[id1|Имя], не повторяйся бот").
 */
function isCalledBot(nz: Normalised, t: number): boolean {
  const count = nz.tokenCount;
  const before = gapBefore(nz, t);
  const after = gapAfter(nz, t);
  const prev = t > 0 && !SENTENCE_END.test(before) ? word(nz, t - 1) : '';
  if (PREPOSITION.has(prev)) return false;
  if (SECOND_PERSON.has(prev) || (t + 1 < count && !SENTENCE_END.test(after) && PERSON_SUBJECT.has(word(nz, t + 1)))) return true;
  const opener = t === 1 || (t > 1 && SENTENCE_END.test(gapBefore(nz, t - 1)));
  const sentenceStart = t === 0 || SENTENCE_END.test(before) || (opener && !before.trim() && OPENER.has(word(nz, t - 1)));
  const sentenceEnd = t === count - 1 || SENTENCE_END.test(after);
  if ((before.includes(',') || sentenceStart) && (after.includes(',') || after.includes('!') || sentenceEnd)) return true;
  // The last word of a reply, in the singular: "мира ботов", "накручена ботами" name others.
  return VK_REPLY.test(nz.source) && t === count - 1 && SINGULAR_BOT.has(word(nz, t));
}

/** The endings of Russian surnames: Козлов, Баранова, Шутову, Петуховым, Ослин. */
const SURNAME = /(?:ов|ев|ин|ова|ева|ина|ову|еву|ину|овым|евым|иным|овой|евой|иной)$/;
/** The nominative endings of surnames, Ukrainian and Belarusian ones too: Киркоров, Лукашенко, Кокорин. */
const SURNAME_NOMINATIVE = /(?:ов|ев|ин|ын|ова|ева|ина|ская|ский|цкий|енко|ко|ук|юк|ич)$/;

/** А–Я and Ё. */
const isCapital = (c: number): boolean => (c >= 0x410 && c <= 0x42f) || c === 0x401;
/** Whether the word at `t` is written with a capital first letter. */
const startsCapital = (nz: Normalised, t: number): boolean => isCapital(nz.source.charCodeAt(nz.tokSrcStart[t]!));
/** Whether the word at `t` ends its clause: the comment's last word, or punctuation after it. */
const endsClause = (nz: Normalised, t: number): boolean => t === nz.tokenCount - 1 || /[,.!?…;:\n]/.test(gapAfter(nz, t));

/**
 * A capitalised word of a surname's form inside a sentence is a name: Козлов, Баранов, Шутов,
 * Петухов are surnames as well as forms of козёл, баран, шут, петух ("Депутаты Баранов и Шутов",
 * "[id1|Анна], Козлов обещал дорогу"). At a sentence's start it may be either and is read as a
 * word; words in capitals throughout ("ВЫ ВСЕ ВОРЫ") are shouting, not names.
 */
function isName(nz: Normalised, t: number): boolean {
  // The first word may follow a reply's mention: "[id1|Анна], Козлов обещал".
  if ((t === 0 && !VK_REPLY.test(nz.source)) || !SURNAME.test(word(nz, t))) return false;
  const src = nz.source;
  const from = nz.tokSrcStart[t]!;
  const first = src.charCodeAt(from);
  if (first < 0x410 || first > 0x42f) return false;
  for (let i = from + 1; i < nz.tokSrcEnd[t]!; i++) {
    if (isCapital(src.charCodeAt(i))) return false;
  }
  return t === 0 || !SENTENCE_END.test(gapBefore(nz, t));
}

export function isAimed(nz: Normalised, t: number): boolean {
  const count = nz.tokenCount;
  if (isName(nz, t)) return false;
  if (PLAIN_BOT.has(word(nz, t))) return isCalledBot(nz, t);
  // A VK reply is addressed to someone, so its abusive words are aimed — except words that also
  // name animals and things, and adjectives before the noun they describe, which in a reply are
  // as often literal ("[id…], у нас курица по 300 рублей", "дырка в асфальте", "крысы в подвале",
  // "позорная зарплата", "тупой мем"): those need one of the cues below.
  if (VK_REPLY.test(nz.source)) {
    const w = word(nz, t);
    if (!LITERAL.test(w) && !THING.test(w) && !(ADJECTIVE.test(w) && describesNext(nz, t))) return true;
  }
  // A dog in a comment about a dog ("сбили собаку… Пёс живой, лапа сломана"): not a person.
  if (isDogSpoken(nz, t)) return false;
  // A comment that is just the insult ("Клоун!", "Дура", "Ну клоун", "Просто клоуны") is aimed at
  // whoever it answers — not two words that say something else ("Крысы повсюду", "Петухи орут",
  // "Тупой угол", "Тряпки нужны"), which need a cue like any other.
  if (count === 1 || COMMAND.test(word(nz, t))) return true;
  if (count === 2) {
    // With a filler, a pronoun or another abusive word ("Ну клоун", "козёл он", "Тупые клоуны"),
    // or a noun of abuse with an adjective ("Масонский петух", "скотина плешивая") — not an
    // adjective with a plain noun ("Тупой угол", "Жалкое зрелище").
    const w = word(nz, t);
    const other = word(nz, 1 - t);
    if (FILLER.has(other) || OPENER.has(other) || SECOND_PERSON.has(other) || THIRD_PERSON.has(other) || BOTH.has(other)) return true;
    if (isAimedWord(other) || PERSON.test(other) || (!ADJECTIVE.test(w) && ADJECTIVE.test(other))) return true;
    // An adjective after its noun ("тварина безмозглая", "чушка позорная"), or after a command
    // ("стыдитесь, безмозглые").
    if (t === 1 && ADJECTIVE.test(w) && (!ADJECTIVE.test(other) || IMPERATIVE.test(other))) return true;
  }
  // A short comment of nothing but abuse joined by "и" ("Болтун и лжец", "Разгильдяй и бездельник",
  // "Тупые тупые тупые") is aimed like one word — not animals and things listed ("Крысы и тараканы").
  if (count <= 4 && pureAbuse(nz)) return true;
  const adjective = ADJECTIVE.test(word(nz, t));
  // Walk back over fillers to the word that governs the insult, staying in the sentence.
  let k = t;
  for (let steps = 0; steps < 4 && k > 0; steps++) {
    const gap = gapBefore(nz, k);
    if (SENTENCE_END.test(gap)) break;
    // "глава — клоун", "все депутаты - воры"; a word that also names things only after someone
    // ("глава — говно", not "Дорога — дно", "сделали — просто жопа").
    if (DASH.test(gap)) return !THING.test(word(nz, t)) || someoneBefore(nz, k);
    const prev = word(nz, k - 1);
    // "ваш безграмотный ответ", "твоя вонючая машина": a possessive before an adjective and the
    // thing it describes judges the thing, not the person ("ваш тупой глава", "твоя тупая башка"
    // still insult).
    if (POSSESSIVE.has(prev) && ADJECTIVE.test(word(nz, t)) && describesNext(nz, t) && !BODY.test(word(nz, t + 1))) return false;
    if (SECOND_PERSON.has(prev) && calls(prev, word(nz, t))) return true;
    if (GROUP.has(prev)) return true;
    if (THIRD_PERSON.has(prev) && !(THIS.has(prev) && LITERAL.test(word(nz, t)))) return true;
    if (k === t && THIS_ONE.has(prev) && PERSON_ABUSE.test(word(nz, t))) return true;
    // "ну и дурак", "ну и рожа" (not "ну и говно", said of a film).
    if (prev === 'и' && k - 2 >= 0 && word(nz, k - 2) === 'ну' && !SENTENCE_END.test(gapBefore(nz, k - 1)) && !THING.test(word(nz, t))) return true;
    // "это паразиты на теле народа", "это воры" (not "это дно реки": a plural names people; not
    // "это крысы", "это клоуны из цирка").
    if (k === t && prev === 'это' && /[ыи]$/.test(word(nz, t)) && !LITERAL.test(word(nz, t)) && !/^(?:клоун|шут)/.test(word(nz, t))) return true;
    // "какая же дура эта …", "какой козёл!": an exclamation about someone, ending the sentence or
    // before the one it names (not "какая свинья в хлеву", "Какой клоун на празднике весёлый!").
    if (EXCLAIM.has(prev) && (!SUCH.has(prev) || opensSuch(nz, k)) && !ADJECTIVE.test(word(nz, t)) && !LITERAL.test(word(nz, t)) && !THING.test(word(nz, t)) && endsOrNames(nz, t)) return true;
    // "те ещё свиньи", "тот ещё клоун": "a real one" (not "то ещё говно", said of a thing).
    if (k === t && prev === 'еще' && k >= 2 && THAT.has(word(nz, k - 2)) && !SENTENCE_END.test(gapBefore(nz, k - 1)) && !THING.test(word(nz, t))) return true;
    // "иди в жопу", "пошёл в …": the addressee is sent there.
    if (k === t && prev === 'в' && k >= 2 && SEND.has(word(nz, k - 2)) && !SENTENCE_END.test(gapBefore(nz, k - 1))) return true;
    // A list of abuse joined by "и" shares its cue: "Директор — самодур и хам", "Эти собачники —
    // эгоисты и свиньи" (the word before "и" an abusive word itself).
    if (k < t && word(nz, k) === 'и' && !nz.tokPunctBefore[k] && isAbuseWord(prev)) {
      k--;
      continue;
    }
    // Fillers, and adjectives before a noun of abuse ("бомонд — зажравшиеся паразиты").
    if (!FILLER.has(prev) && (adjective || !ADJECTIVE.test(prev))) break;
    k--;
  }
  // "кобыла ещё та", "клоун ещё тот": "a real one", after the noun (not "говно ещё то").
  if (t + 2 < count && word(nz, t + 1) === 'еще' && THAT.has(word(nz, t + 2)) && !SENTENCE_END.test(gapAfter(nz, t)) && !THING.test(word(nz, t))) return true;
  // Two abusive words side by side, one of them a noun: "продажная крыса", "дерьмо продажное"
  // (not "жалкий тупой закон": two adjectives describe the next word).
  // An abusive adjective before a word for a person: "Тупой депутат опять сказал", "продажный
  // чиновник" (not "жалкие пенсионеры", said in pity).
  if (adjective && t + 1 < count && !gapAfter(nz, t).trim() && (PERSON.test(word(nz, t + 1)) || isSurname(nz, t + 1)) && !STATE.test(word(nz, t))) return true;
  // A word for a person, then the abusive noun that ends the clause: "Директор школы козёл,
  // довёл…", "Начальник ЖЭКа хам и жулик" (not "директор купил козла": an oblique form).
  if (!adjective && nounOfPerson(nz, t)) return true;
  // "Макака с гранатой, а не министр", "Уголовник, а не депутат".
  if (ratherThanPerson(nz, t)) return true;
  // A dog's sex or age beside its breed describes one dog ("кобель дворняги", "щенок овчарки").
  if (t > 0 && joins(gapBefore(nz, t)) && isAimedWord(word(nz, t - 1)) && !(adjective && ADJECTIVE.test(word(nz, t - 1))) && !dogKind(word(nz, t - 1), word(nz, t))) return true;
  if (t + 1 < count && joins(gapAfter(nz, t)) && isAimedWord(word(nz, t + 1)) && !(adjective && ADJECTIVE.test(word(nz, t + 1))) && !dogKind(word(nz, t), word(nz, t + 1))) return true;
  // A predicate: "клоуном был, клоуном и остался", "стал посмешищем".
  if (!adjective && /(?:ом|ем|ой|ей)$/.test(word(nz, t)) && besideCopula(nz, t)) return true;
  // "тупой ты", "дура ты набитая".
  for (let j = t + 1; j < Math.min(count, t + 3); j++) {
    if (SENTENCE_END.test(gapBefore(nz, j))) break;
    if (PERSON_SUBJECT.has(word(nz, j)) && calls(word(nz, j), word(nz, t))) return true;
  }
  // "для тупых", "для убогих": the adjective names people (not "корм для животных").
  if (t > 0 && !nz.tokPunctBefore[t] && word(nz, t - 1) === 'для' && FOR_PEOPLE.test(word(nz, t))) return true;
  // Vocative: ", дурак." / "Дурак, …" / "… идите, клоуны!" / "… не лезь. Дура." — also with one
  // adjective after it (", клоун пропутинский.", "Дура безмозглая.") or, after a comma, before
  // it (", жалкий клоун!"; not "Влажные тряпки, пылесос", "Такое говно.", which are things).
  if (isVocative(nz, t, t, true)) return true;
  if (!adjective && besideCommand(nz, t)) return true;
  // A comparison of someone named just before: "Депутаты наши как тараканы", "они ведут себя как свиньи"
  // (not "я как дурак стоял": oneself; not things: "живём как в дерьме"; not how people are treated:
  // "Людей везут как скот").
  if (!adjective && t > 1 && LIKE.has(word(nz, t - 1)) && !nz.tokPunctBefore[t] && !THING.test(word(nz, t)) && comparedSomeone(nz, t - 1)) return true;
  // …with an adjective between: "ведёт себя как последний хам", "Депутаты как жалкие крысы".
  if (!adjective && t > 2 && !nz.tokPunctBefore[t] && !nz.tokPunctBefore[t - 1] && ADJECTIVE.test(word(nz, t - 1)) && LIKE.has(word(nz, t - 2)) && !THING.test(word(nz, t)) && comparedSomeone(nz, t - 2)) return true;
  if (!adjective && namesSomeoneAfter(nz, t)) return true;
  // An animal whose adjectives go on after the comma is described, not addressed: "Пёс лохматый,
  // белый, ходит у почты" (but "Гад ползучий, ещё и улыбается").
  if (t + 1 < count && !gapAfter(nz, t).trim() && ADJECTIVE.test(word(nz, t + 1)) && !(LITERAL.test(word(nz, t)) && t + 2 < count && ADJECTIVE.test(word(nz, t + 2))) && isVocative(nz, t, t + 1, true)) return true;
  if (t > 0 && !gapBefore(nz, t).trim() && ADJECTIVE.test(word(nz, t - 1)) && isVocative(nz, t - 1, t, false)) return true;
  return false;
}

/** Whether every word of the comment is abusive or "и", at least two abusive, one of them not literal. */
function pureAbuse(nz: Normalised): boolean {
  let abuse = 0;
  let literal = 0;
  for (let k = 0; k < nz.tokenCount; k++) {
    const w = word(nz, k);
    if (w === 'и') continue;
    if (!isAbuseWord(w)) return false;
    abuse++;
    if (LITERAL.test(w) || THING.test(w)) literal++;
  }
  return abuse >= 2 && literal < abuse;
}

const PRONOUN = new Set(['он', 'она', 'они', 'ты', 'вы']);

/** Nouns of abuse that also name what people do or play (a thief, a clown), reported in the news. */
const ALSO_A_ROLE = /^(?:вор|клоун|шут)/;
const SOME = new Set(['какой', 'какая', 'какие', 'какое']);
const THIS_NAMED = new Set(['этот', 'эта', 'эти']);

/**
 * Whether what follows the noun of abuse at `t` names someone with it, in the same clause:
 * "шизик какой-то все посты комментирует"; "Чучело огородное этот министр"; a sentence that opens
 * with the noun and an adjective after it, "Дура крашеная в приёмной трубку бросила" — not animals
 * and things ("Крысы какие-то бегают", "Тряпка старая лежит") nor a thief or a clown in a report
 * ("Вор какой-то залез в машину", "Клоун весёлый выступал").
 */
function namesSomeoneAfter(nz: Normalised, t: number): boolean {
  const count = nz.tokenCount;
  const w = word(nz, t);
  if (isOblique(w) || t + 1 >= count || gapAfter(nz, t).trim()) return false;
  const next = word(nz, t + 1);
  // "этот министр" after the noun, or after an adjective that follows it.
  const at = ADJECTIVE.test(next) && t + 2 < count && !gapAfter(nz, t + 1).trim() ? t + 2 : t + 1;
  if (THIS_NAMED.has(word(nz, at)) && at + 1 < count && !gapAfter(nz, at).trim() && PERSON.test(word(nz, at + 1))) return true;
  if (LITERAL.test(w) || THING.test(w) || ALSO_A_ROLE.test(w)) return false;
  // "какой-то", as one word or two.
  if (/^как(?:ой|ая|ие|ое)то$/.test(next) || (SOME.has(next) && t + 2 < count && word(nz, t + 2) === 'то')) return true;
  const opens = t === 0 || SENTENCE_END.test(gapBefore(nz, t));
  return opens && count > 2 && ADJECTIVE.test(next) && !describesNext(nz, t + 1);
}

/**
 * Whether one of the (at most three) words of the sentence before word `k` names someone: a word
 * for a person, a pronoun, or a name ("Глава района — …", "Иванов — …", not "Дорога — …").
 */
function someoneBefore(nz: Normalised, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = word(nz, j);
    if (PERSON.test(w) || PRONOUN.has(w)) return true;
    const start = j === 0 || SENTENCE_END.test(gapBefore(nz, j));
    if (startsCapital(nz, j) && (!start || SURNAME.test(w))) return true;
    if (start) return false;
  }
  return false;
}

/**
 * Whether the noun at `t` says what a person named just before it is: a word for a person one or
 * two words back in the same clause, and the noun in a nominative-looking form, ending the clause
 * or joined by "и" to another abusive word.
 */
function nounOfPerson(nz: Normalised, t: number): boolean {
  const w = word(nz, t);
  if (THING.test(w) || isOblique(w) || t === 0) return false;
  const literal = LITERAL.test(w);
  // The clause may go on with an adjective or two after the noun: "Глава поселения дурак набитый".
  const ends = endsClause(nz, t) || trailingAdjectives(nz, t);
  const joined = !gapAfter(nz, t).trim() && t + 2 < nz.tokenCount && word(nz, t + 1) === 'и' && isAimedWord(word(nz, t + 2));
  if (!ends && !joined) return false;
  let steps = 0;
  for (let j = t - 1; j >= 0 && steps < 2; j--) {
    if (gapAfter(nz, j).trim()) return false;
    const between = word(nz, j);
    // An animal's name fits a person only after their surname: "Киркоров старый петух" (not "у
    // Петрова петух", "у директора козёл").
    if (PERSON.test(between) || isSurname(nz, j)) return (!literal || isSurname(nz, j)) && !(j > 0 && PREPOSITION.has(word(nz, j - 1)));
    // Adjectives between do not count: "Киркоров старый напомаженный петух".
    if (ADJECTIVE.test(between) || FILLER.has(between)) continue;
    // A verb between makes the noun its object: "Директор купил козла".
    if (VERB_LIKE.test(between)) return false;
    steps++;
  }
  return false;
}

/** Whether one or two adjectives follow the word at `t`, with no punctuation between, and end its clause. */
function trailingAdjectives(nz: Normalised, t: number): boolean {
  for (let j = t + 1; j < nz.tokenCount && j <= t + 2; j++) {
    if (gapBefore(nz, j).trim() || !ADJECTIVE.test(word(nz, j))) return false;
    if (endsClause(nz, j)) return true;
  }
  return false;
}

/** Whether the word at `t` is a capitalised surname (Киркоров, Лукашенко, Кокорин). */
function isSurname(nz: Normalised, t: number): boolean {
  const next = nz.source.charCodeAt(nz.tokSrcStart[t]! + 1);
  return startsCapital(nz, t) && next >= 0x430 && next <= 0x44f && SURNAME_NOMINATIVE.test(word(nz, t));
}

/** Endings of Russian verb forms: купил, купила, видит, знают, сказать. */
const VERB_LIKE = /(?:л|ла|ли|ло|лся|лась|лись|ет|ит|ют|ят|ут|ать|ять|ить|еть|ешь|ишь)$/;

/** A gap that joins two words into one phrase: a space, or a hyphen ("клоун-наркоман"). */
const joins = (gap: string): boolean => !gap.trim() || gap === '-';

const COPULA = new Set(['был', 'была', 'были', 'остался', 'осталась', 'остались', 'стал', 'стала', 'стали', 'является', 'являешься']);

/** Whether a form of "быть", "остаться", "стать" stands right beside the word at `t`, in its clause. */
function besideCopula(nz: Normalised, t: number): boolean {
  // After the copula only as the clause's last word: "он был клоуном в цирке" is a job.
  if (endsClause(nz, t) && t > 0 && !SENTENCE_END.test(gapBefore(nz, t)) && COPULA.has(word(nz, t - 1))) return true;
  return t + 1 < nz.tokenCount && !SENTENCE_END.test(gapAfter(nz, t)) && COPULA.has(word(nz, t + 1));
}

/** Whether the word at `t` stands before "а не" and a word for a person: "Макака с гранатой, а не министр". */
function ratherThanPerson(nz: Normalised, t: number): boolean {
  for (let j = t + 1; j < nz.tokenCount - 2 && j <= t + 4; j++) {
    if (SENTENCE_END.test(gapBefore(nz, j))) return false;
    if (word(nz, j) === 'а' && word(nz, j + 1) === 'не' && PERSON.test(word(nz, j + 2))) return true;
  }
  return false;
}

/**
 * Whether the noun of abuse at `t` is a vocative beside a command with no comma: the sentence's last
 * word right after the command ("иди отсюда клоун", "заткнись дура"), or its first word right before
 * one ("Урод иди проспись"). Not words that also name animals and things ("иди покорми собаку").
 */
function besideCommand(nz: Normalised, t: number): boolean {
  const w = word(nz, t);
  if (LITERAL.test(w) || THING.test(w)) return false;
  const count = nz.tokenCount;
  const before = t > 0 ? gapBefore(nz, t) : '.';
  const after = t + 1 < count ? gapAfter(nz, t) : '.';
  const end = t === count - 1 || SENTENCE_END.test(after);
  const start = t === 0 || SENTENCE_END.test(before);
  if (end && t > 0 && !before.trim() && COMMANDS.has(word(nz, t - 1))) return true;
  if (end && t > 1 && !before.trim() && !gapBefore(nz, t - 1).trim() && COMMANDS.has(word(nz, t - 2)) && ADVERB_AFTER_COMMAND.has(word(nz, t - 1))) return true;
  return start && t + 1 < count && !after.trim() && COMMANDS.has(word(nz, t + 1));
}
/**
 * Whether someone named just before the comparison word at `k` is its subject: a word for a person
 * or a name in the nominative, or он, она, они, ты, вы, with no verb between but "ведут себя"
 * ("Депутаты наши как тараканы", "они ведут себя как свиньи" — not "Людей везут как скот", "Люди
 * стоят как бараны": what is done or how they stand).
 */
function comparedSomeone(nz: Normalised, k: number): boolean {
  let self = false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (gapAfter(nz, j).trim()) return false;
    const w = word(nz, j);
    if (w === 'себя') {
      self = true;
      continue;
    }
    if (self && /^ве[дл]/.test(w)) continue;
    if (PRONOUN.has(w) || (PERSON.test(w) && !isOblique(w)) || isSurname(nz, j)) return true;
    if (VERB_LIKE.test(w)) return false;
  }
  return false;
}
/** Words of a comparison: "как тараканы", "словно бараны". */
const LIKE = new Set(['как', 'словно', 'будто', 'подобно']);
/** Words between a command and its vocative: "иди отсюда клоун", "пиши дальше дурак". */
const ADVERB_AFTER_COMMAND = new Set(['отсюда', 'сюда', 'дальше', 'уже', 'лучше', 'сам', 'спать', 'лесом', 'проспись', 'лечись', 'нафиг', 'нахрен', 'вон', 'домой', 'молча']);

/** Whether the adjective at `t` goes with the next word, a noun ("позорная зарплата"). */
function describesNext(nz: Normalised, t: number): boolean {
  if (t + 1 >= nz.tokenCount || gapAfter(nz, t).trim()) return false;
  const next = word(nz, t + 1);
  return !ADJECTIVE.test(next) && !FILLER.has(next) && !SECOND_PERSON.has(next) && !THIRD_PERSON.has(next) && !PERSON.test(next) && next.length > 2;
}

/** Adjectives that, after "для", name people: "для тупых", "для особо одарённых" is not one. */
const FOR_PEOPLE = /^(?:туп|глуп|убог|ущербн|слабоумн|безмозгл|упорот|поехавш|тормознут|дебильн|кончен)(?:ых|их)$/;

/**
 * A word of an adjective's form: "пропутинский", "жалкая", "продажные", reflexive participles
 * ("зажравшиеся"), and soft ones whose doubled ending the normaliser collapsed ("малолетняя" is
 * read as малолетня).
 */
const ADJECTIVE = /^[а-я]{2,}(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|[иеая]ся|[иы]йся)$|^[а-я]{4,}н[яе]$/;

/** "который" in its forms: a relative clause. */
const RELATIVE = /^котор/;

/**
 * Whether the words from `from` to `to` are addressed to someone: after a comma at a sentence's
 * end, and — when `opening` — at a sentence's start before a comma or "!", or as a sentence of
 * their own.
 */
function isVocative(nz: Normalised, from: number, to: number, opening: boolean): boolean {
  const count = nz.tokenCount;
  const before = gapBefore(nz, from);
  const after = gapAfter(nz, to);
  const opener = from === 1 || (from > 1 && SENTENCE_END.test(gapBefore(nz, from - 1)));
  const sentenceStart = from === 0 || SENTENCE_END.test(before) || (opener && !before.trim() && OPENER.has(word(nz, from - 1)));
  const sentenceEnd = to === count - 1 || SENTENCE_END.test(after);
  if (before.includes(',') && sentenceEnd) return true;
  if (!opening) return false;
  // An animal a relative clause then describes is spoken of, not to: "Осёл, который катает детей"
  // (not "Козёл, который нами правит": козёл names a person far more often).
  if (sentenceStart && (after.includes(',') || after.includes('!'))) return !(after.includes(',') && LITERAL.test(word(nz, from)) && to + 1 < count && RELATIVE.test(word(nz, to + 1)));
  // A sentence of its own after another: "… не лезь. Дура."; or opening the comment before more,
  // when it can only be a person ("Клоун. Опять врёт", not "Крысы. В подвале полно").
  if (sentenceStart && sentenceEnd && from > 0) return true;
  return from === 0 && to === 0 && count > 1 && SENTENCE_END.test(after) && !LITERAL.test(word(nz, 0)) && !THING.test(word(nz, 0)) && !ADJECTIVE.test(word(nz, 0));
}

/**
 * Whether the word at `t` is part of a name: a fairy-tale hero's ("Иванушка-дурачок", a play at
 * the house of culture) or a lake's ("Лох-Несс"), not an insult.
 */
export function isTaleHero(nz: Normalised, t: number): boolean {
  if (t > 0 && gapBefore(nz, t) === '-' && word(nz, t - 1) === 'иванушка') return true;
  return t + 1 < nz.tokenCount && gapAfter(nz, t) === '-' && word(nz, t) === 'лох' && word(nz, t + 1).startsWith('нес');
}

/** Whether "болван" at `t` is a milliner's block, a thing: "болван для шляп", "шляпный болван". */
export function isHatBlock(nz: Normalised, t: number): boolean {
  if (!word(nz, t).startsWith('болван')) return false;
  return (t + 2 < nz.tokenCount && word(nz, t + 1) === 'для' && word(nz, t + 2).startsWith('шляп')) || (t > 0 && word(nz, t - 1).startsWith('шляпн'));
}

/**
 * Whether the word at `t` is a title in quotes — a book, a film, a play: «Идиот», «Дурак», "Тупой и
 * ещё тупее" — capitalised right after the opening quote, the quote closing within four words.
 */
export function isTitle(nz: Normalised, t: number): boolean {
  const from = nz.tokSrcStart[t]!;
  if (from === 0) return false;
  const open = nz.source[from - 1];
  if (open !== '«' && open !== '"' && open !== '„' && open !== '“') return false;
  if (!startsCapital(nz, t)) return false;
  const close = open === '«' ? '»' : open === '„' ? '“' : open === '“' ? '”' : '"';
  const end = nz.source.indexOf(close, from);
  if (end < 0) return false;
  const inside = nz.source.slice(from, end);
  return inside.split(/\s+/).length <= 4 && !/[.!?]/.test(inside);
}

/** Words of dog breeding and shelters: "сука лайки, два года", "щенки от суки овчарки". */
const DOG = /^(?:собак|пес$|пса|псу|щен|лайк|овчар|пород|вязк|кобел|стерилиз|привит|приют|дворняж|терьер|спаниел|хаски|такс[аыуе]|кинолог|помет|рк?ф$|алабай|мастиф|ретривер|доберман|ротвейлер|гончая|гончую|легав)/;

/**
 * Whether "сука" at token `t` is a female dog: a comment of several words that speaks of dogs (a
 * breed, puppies, a shelter) within three words of it, addressed to no one.
 */
export function isDogSex(nz: Normalised, t: number): boolean {
  if (!/^сук(?:а|и|е|у|ой)$/.test(word(nz, t))) return false;
  // "Сука, собака опять лает": an oath opening the sentence.
  if ((t === 0 || SENTENCE_END.test(gapBefore(nz, t))) && /[,!]/.test(gapAfter(nz, t))) return false;
  // "эта сука с собакой гуляет": someone pointed at.
  if (t > 0 && /^(?:эта|эту|этой|такая|такую|какая)$/.test(word(nz, t - 1))) return false;
  return dogTalk(nz, t, 3, (w) => DOG.test(w));
}

/**
 * Whether a comment of several words, addressed to no one (no second person, no VK reply), speaks
 * of dogs around token `t`: a word that `about` accepts within `radius` words of it.
 */
function dogTalk(nz: Normalised, t: number, radius: number, about: (w: string) => boolean): boolean {
  if (nz.tokenCount < 4 || VK_REPLY.test(nz.source)) return false;
  for (let k = 0; k < nz.tokenCount; k++) if (SECOND_PERSON.has(word(nz, k))) return false;
  for (let k = Math.max(0, t - radius); k <= Math.min(nz.tokenCount - 1, t + radius); k++) if (k !== t && about(word(nz, k))) return true;
  return false;
}

/** Words of dog care that make "пёс" or "щенок" an animal: a vet, a tail, a collar, a lead, food. */
const DOG_CARE = /^(?:ветеринар|ветклиник|хвост|ошейник|поводк|поводок|корм|выгул|передержк|кличк|лает|лаял|скулит|гавк)/;

/**
 * Whether the dog word at token `t` ("пёс", "щенок") names an animal: a comment of several words
 * that speaks of dogs or their care elsewhere, addressed to no one and no VK reply ("сбили собаку и
 * уехали. Пёс живой, лапа сломана"; not "Ты пёс позорный").
 */
function isDogSpoken(nz: Normalised, t: number): boolean {
  return /^(?:пес|пса|псу|псом|псы|псина|щен)/.test(word(nz, t)) && dogTalk(nz, t, nz.tokenCount, (w) => DOG.test(w) || DOG_CARE.test(w));
}

const ANIMAL_KIND = /^(?:кобел|щен|самк|сам[ец]|пес$|пса$)/;
/** Whether two words side by side name one animal: its sex or age and its kind ("кобель дворняги"). */
const dogKind = (a: string, b: string): boolean => ANIMAL_KIND.test(a) && LITERAL.test(b);

/** Prepositions that take the genitive: "упал с сука", "отломил от сука" are about a bough (сук). */
const GENITIVE_PREPOSITIONS = new Set(['от', 'с', 'со', 'до', 'из', 'без', 'около', 'возле', 'у']);

/**
 * Whether "сука" at token `t` is the genitive of сук (a bough): right after a genitive
 * preposition, in a comment of several words, with nobody addressed — no VK reply, no
 * second-person word right after it, no exclamation or comma making it a vocative. "от сука"
 * alone stays abuse: as a whole comment it is nearly always "вот сука".
 */
export function isBoughGenitive(nz: Normalised, t: number): boolean {
  if (t === 0 || nz.tokenCount < 3 || word(nz, t) !== 'сука') return false;
  if (nz.tokPunctBefore[t] || !GENITIVE_PREPOSITIONS.has(word(nz, t - 1))) return false;
  if (VK_REPLY.test(nz.source)) return false;
  const after = gapAfter(nz, t);
  if (after.includes(',') || after.includes('!')) return false;
  if (t + 1 < nz.tokenCount && !SENTENCE_END.test(after) && SECOND_PERSON.has(word(nz, t + 1))) return false;
  return true;
}

/** Every word list and pattern above, for the tests: each must be spelled as the skeleton reads words. */
export const AIM_VOCABULARY: readonly (RegExp | ReadonlySet<string>)[] = [
  SECOND_PERSON, BODY, YOU, POSSESSIVE, PERSON_SUBJECT, THIRD_PERSON, THIS_ONE, PERSON_ABUSE, THIS, LITERAL, THING, COMMAND,
  PERSON, STATE, COMMANDS, BOTH, EXCLAIM, SUCH, BEFORE_SUCH, NAMED, THAT, SEND, GROUP, FILLER, OPENER, PREPOSITION,
  SINGULAR_BOT, PLAIN_BOT, COPULA, LIKE, ADVERB_AFTER_COMMAND, FOR_PEOPLE, SOME, THIS_NAMED, ALSO_A_ROLE, GENITIVE_PREPOSITIONS,
];
