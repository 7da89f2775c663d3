import { wordOf, type Normalised } from './normalise';

/**
 * Whether the word at token `t` is aimed at someone. Context-dependent words (тупой, клоун,
 * вор, дура) insult only then: "ты тупой", "вы все воры", "глава — клоун", "Замолчи, дурак.",
 * "кучка воров"; never "тупой закон" or "вор попался на камеру".
 */

const SECOND_PERSON = new Set([
  'ты', 'вы', 'тебя', 'вас', 'тебе', 'вам', 'тобой', 'вами', 'твой', 'твоя', 'твое', 'твои', 'ваш', 'ваша', 'ваше',
  'ваши', 'сам', 'сама', 'сами', 'твоего', 'твоему', 'твоим', 'твоей', 'твою', 'вашего', 'вашему', 'вашим', 'вашей', 'вашу',
]);
const PERSON_SUBJECT = new Set(['ты', 'вы', 'тебя', 'вас', 'тебе', 'вам', 'сам', 'сама', 'сами', 'ваш', 'ваша', 'ваши', 'твой', 'твоя', 'твои']);
// Not "это": "это дно реки" is about a river.
const THIRD_PERSON = new Set(['он', 'она', 'они', 'этот', 'эта', 'эти']);
const GROUP = new Set(['кучка', 'кучку', 'кучкой', 'стадо', 'стаду', 'банда', 'банду', 'бандой', 'сборище', 'шайка', 'шайку', 'свора', 'свору', 'толпа', 'куча', 'одни', 'сплошные', 'сплошь', 'страна', 'правительство', 'власть']);
/** Words that may stand between the aim and the insult ("ты же просто конченый …"). */
const FILLER = new Set([
  'же', 'просто', 'все', 'всё', 'полный', 'полная', 'полное', 'полные', 'настоящий', 'настоящая', 'настоящие', 'самый',
  'самая', 'реально', 'еще', 'такой', 'такая', 'такие', 'конченый', 'редкостный', 'редкостная', 'форменный',
  'натуральный', 'обыкновенный', 'старый', 'старая', 'очередной', 'очередная', 'и', 'был', 'была', 'были', 'есть',
  'очень', 'совсем', 'вообще', 'тоже', 'там', 'тут', 'здесь', 'опять', 'ещё', 'ведь', 'как', 'на', 'всегда', 'не',
  'дурак', 'дура', 'глупый', 'тупой', 'тупая', 'тупые', 'жалкий', 'жалкая', 'мелкий', 'безмозглый', 'лживый',
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

export function isAimed(nz: Normalised, t: number): boolean {
  const count = nz.tokenCount;
  if (PLAIN_BOT.has(word(nz, t))) return isCalledBot(nz, t);
  if (VK_REPLY.test(nz.source)) return true;
  // A comment that is just the insult ("Клоун!", "Дура") is aimed at whoever it answers.
  if (count <= 2) return true;
  // Walk back over fillers to the word that governs the insult, staying in the sentence.
  let k = t;
  for (let steps = 0; steps < 4 && k > 0; steps++) {
    const gap = gapBefore(nz, k);
    if (SENTENCE_END.test(gap)) break;
    if (DASH.test(gap)) return true; // "глава — клоун", "все депутаты - воры"
    const prev = word(nz, k - 1);
    if (SECOND_PERSON.has(prev) || THIRD_PERSON.has(prev) || GROUP.has(prev)) return true;
    if (!FILLER.has(prev)) break;
    k--;
  }
  // "тупой ты", "дура ты набитая".
  for (let j = t + 1; j < Math.min(count, t + 3); j++) {
    if (SENTENCE_END.test(gapBefore(nz, j))) break;
    if (PERSON_SUBJECT.has(word(nz, j))) return true;
  }
  // Vocative: ", дурак." / "Дурак, …" / "… идите, клоуны!"
  const before = gapBefore(nz, t);
  const after = gapAfter(nz, t);
  const opener = t === 1 || (t > 1 && SENTENCE_END.test(gapBefore(nz, t - 1)));
  const sentenceStart = t === 0 || SENTENCE_END.test(before) || (opener && !before.trim() && OPENER.has(word(nz, t - 1)));
  const sentenceEnd = t === count - 1 || SENTENCE_END.test(after);
  if (before.includes(',') && sentenceEnd) return true;
  if (sentenceStart && (after.includes(',') || after.includes('!'))) return true;
  return false;
}

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
