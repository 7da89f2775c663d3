import type { WordRule } from './rule';

/**
 * Obscene language: the four roots of Russian мат with every prefix and derivative, and the
 * coarse words moderators remove. Euphemisms (блин, хрен, фиг, ёлки, ёпрст) are not here.
 * Words are normalised (see rule.ts); traps each rule must not catch are in
 * test/fixtures/classify/innocent.txt.
 */

/** Verbal prefixes, possibly stacked (`недо-по-`), before a root. No у- here: сухую, глухую. */
const PFX = '(?:(?:на|по|ни|о|об|от|за|до|вы|раз|рас|с|под|при|про|пере|недо|не|из|ис|вз|вс|в|над|без)[ъь]?){0,3}';
/** The same with у- (умудохать, умандячить), for roots that no innocent word ends in. */
const PFXU = '(?:(?:на|по|ни|о|об|от|за|до|вы|раз|рас|с|под|при|про|пере|недо|не|из|ис|вз|вс|в|над|без|у)[ъь]?){0,3}';

export const obsceneRules: WordRule[] = [
  {
    id: 'obscene/huy',
    category: 'obscene',
    trigger: 'ху[йеяюил]',
    // хуй, хуёвый, нахуя, охуеть, выхуячивать, пиздохуй; хули/хуле as whole words.
    word: new RegExp(`^${PFX}ху(?:[йеяюи]|л[иеь]$)|[оеа]ху[йеяи]|^ухуя[чкршт]`),
    // страховать, психовать, сухую, тихую; хулиган, хула.
    except: /страху|психу|^хули[гт]|^хул[аыуое]$/,
    reason: 'Нецензурное слово «{term}» (корень «хуй»).',
  },
  {
    id: 'obscene/pizd',
    category: 'obscene',
    trigger: 'п[иеы]?зд|п[иеы]зж',
    // пизда, пиздец, пздц, спиздить, распиздяй; пизж- in the verb's forms (спизженный).
    word: /п[иеы]з[дж]|^пзд|пздц/,
    reason: 'Нецензурное слово «{term}» (корень «пизд»).',
  },
  {
    id: 'obscene/eb',
    category: 'obscene',
    trigger: '[ аеиоуыяюъь]еб',
    // еб/ёб at the start of a word, after a prefix ending in a vowel or ъ/ь (заебал, выебон,
    // съебаться, долбоёб), never after a consonant (хлеб, небо, тебя, требовать, колебаться).
    word: /(?:^|[аеиоуыяюъь])еб(?:[аеиоуыяюлнчшкцтьс]|$)/,
    // сваебойный, троеборье; Ёбург (Екатеринбург); ЕБРР. English words (ebay, ebony) are
    // dropped by the normaliser before transliteration.
    except: /ебор|ебой|сваеб|^ебург|^ебр|^ебит/,
    reason: 'Нецензурное слово «{term}» (корень «еб»).',
  },
  {
    id: 'obscene/eb-phonetic',
    category: 'obscene',
    trigger: '[ая]ип|ыип',
    // "заипали", "наипался", "выипывается": еб spelled as it is pronounced.
    word: /^(?:за|на|вы|от|до|про|у)[иы]п(?:ал|ат|ан|ыв|ну|уч)/,
    reason: 'Нецензурное слово «{term}» (искажённый корень «еб»).',
  },
  {
    id: 'obscene/ept',
    category: 'obscene',
    trigger: ' е?пт|йопт',
    word: /^(?:е|йо)?пт(?:а|е|ь|ы|ыть|ить|ваю)?$/,
    except: /^пт[аеы]?$/,
    reason: 'Нецензурное восклицание «{term}».',
  },
  {
    id: 'obscene/blya',
    category: 'obscene',
    trigger: 'бл',
    // бля, блядь, блять, бл@дь, блеать, разблядство; not блат, аблятив, корабля, оскорблять, бляха.
    word: /^(?:бля)+$|^бл[яеэ]а?[дт]ь?$|^бл[дт]ь$|^бл[яеэ]а?[дт](?:и|ью|ям|ей|ина|ск|ств|ун|уш|ов|ки|к)|^(?:вы|раз|по|на|за|у|от|из|до|при|про|пере|недо|с|об)?бля[дт]/,
    except: /блях|бляш/,
    reason: 'Нецензурное слово «{term}» (корень «бляд»).',
  },
  {
    id: 'obscene/mudak',
    category: 'obscene',
    alsoInsult: true,
    trigger: 'муд',
    // мудак, мудила, мудозвон, обмудохать, мудачьё; not мудрый, Амударья.
    word: new RegExp(`^${PFXU}муд(?:[ао]|ил|ень|ня|ищ|ям|ях)`),
    except: /мудр/,
    reason: 'Грубое бранное слово «{term}».',
  },
  {
    id: 'obscene/pidor',
    category: 'obscene',
    alsoInsult: true,
    trigger: 'п[еи]д',
    // пидор, пидарас, педераст; not лапидарный, скипидар, педикюр, педагог, пиджак, or the
    // Ukrainian підробіток, підробка (a side job, a fake).
    word: /(?:^|^за|^на|^вы|^от|о)п[еи]д(?:[оа]р|р(?:[иыаеуо]|ил|ел|$)|ерас|ераст)/,
    except: /^педр[оа]$|^педро|^пидроб/,
    reason: 'Оскорбительное нецензурное слово «{term}».',
  },
  {
    id: 'obscene/gondon',
    category: 'obscene',
    alsoInsult: true,
    trigger: 'г[оа]нд[оа]н',
    word: /г[оа]нд[оа]н/,
    reason: 'Грубое бранное слово «{term}».',
  },
  {
    id: 'obscene/zalupa',
    category: 'obscene',
    trigger: 'залуп',
    word: /залуп/,
    reason: 'Нецензурное слово «{term}».',
  },
  {
    id: 'obscene/shlyuha',
    category: 'obscene',
    alsoInsult: true,
    trigger: 'шлюх',
    word: /шлюх/,
    reason: 'Грубое бранное слово «{term}».',
  },
  {
    id: 'obscene/suka',
    category: 'obscene',
    alsoInsult: true,
    trigger: 'су[кч]',
    // сука as abuse in its forms; not сукно, сук (bough), сучок, суккуленты.
    word: /^(?:су(?:ка|ки|ку|ке|кой|кою|кам|ками|ах|чара|чары|чаре|чару|чий|чья|чье|чьи|чьего|ченок|ченыш|чата|чонок|ченка)|сученыш)$/,
    reason: 'Грубое бранное слово «{term}».',
  },
  {
    id: 'obscene/suchka',
    category: 'obscene',
    alsoInsult: true,
    aimed: true,
    trigger: 'сучк',
    // сучка is also a knot in wood: only when aimed at someone ("ах ты сучка").
    word: /^сучк(?:а|и|е|у|ой)$/,
    reason: 'Грубое бранное слово «{term}», обращённое к человеку.',
  },
  {
    id: 'obscene/her',
    category: 'obscene',
    trigger: 'хер',
    // хер, нахер, похер, херня, херовый, охереть, захерачить; not Херсон, херес, херувим.
    word: /^(?:на|по|ни|о|за|до|от|с|об|вы|рас|раз)?хер(?:$|а$|у$|ы$|ах$|ам$|ом$|ов|ня|ни|ню|не[йю]?$|нен|ств|ь|ит|ил|им|ач|ас|ак|аш|ен|е[влтюд])/,
    reason: 'Нецензурное слово «{term}».',
  },
  {
    id: 'obscene/manda',
    category: 'obscene',
    trigger: 'манд',
    // манда, мандавошка, мандеть, обмандячить; not мандат, мандарин, мандолина, мандраж, командир.
    // Only at the start of a word after a prefix: not аллеманда, Нормандия, Катманду, коммандос.
    word: new RegExp(`^${PFXU}манд(?!ат|ар|ол|р|ал|ель|ейт|ин|жар|ос$|осы)`),
    reason: 'Нецензурное слово «{term}».',
  },
];

/**
 * Full word forms for masked spellings (`х*й`, `п***ц`, `дол***бы`): a masked word is compared,
 * wildcard by wildcard, with these. Each form carries the rule it stands for.
 */
export const MASKED_FORMS: Record<string, string> = {
  'obscene/huy':
    'хуй хуя хую хуем хуе хуи хуев хуям хуйня хуйню хуйни хуйней хуево хуевый хуевая хуевое хуевые хуета хуету ' +
    'хуесос хуесосы хуило хуйло нахуй нахуя похуй похую похер охуеть охуел охуела охуели охуенно охуенный ' +
    'охуительно нихуя дохуя захуярить хули',
  'obscene/pizd':
    'пизда пизды пизде пизду пиздой пиздец пиздеца пиздецом пиздецу пиздеть пиздит пиздишь пиздят пиздеж ' +
    'пиздобол пиздабол пиздюк пиздюли спиздил спиздила спиздили распиздяй опиздеть запиздел пздц',
  'obscene/eb':
    'ебать ебал ебала ебали ебало ебаный ебаная ебаное ебаные ебаных ебаным ебанутый ебанутая ебанутые ебанат ' +
    'ебанько ебу ебет ебешь ебись ебнуть ебнулся еблан ебланы ебля ебаться заебал заебала заебали заебало ' +
    'заебись заебался наебал наебали наебка уебок уебки уебан уебище выебал выебываться выебон съебал съебись ' +
    'отъебись проебал проебали доебался долбоеб долбоебы долбоебов долбоебам долбоебка',
  'obscene/blya': 'бля блядь блять бляди блядей блядина блядство блядский',
  'obscene/suka': 'сука суки суку сукой сучара',
  'obscene/mudak': 'мудак мудаки мудака мудакам мудила мудилы',
  'obscene/pidor': 'пидор пидора пидоры пидоров пидорас пидарас пидарасы пидорасы пидр пидры',
  'obscene/gondon': 'гондон гондоны гандон гандоны',
  'obscene/her': 'хер хера херня херню херни нахер похер херово херовый',
  'obscene/shlyuha': 'шлюха шлюхи шлюху',
  'insult/direct': 'мразь мрази тварь твари дебил дебилы дебила идиот идиоты урод уроды ублюдок ублюдки',
  'insult/slur': 'жиды жидов хохлы хохлов',
};
