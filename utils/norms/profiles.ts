/**
 * The regulation profiles: what each act asks of a page, with the clause that asks it. Data
 * only; the counter reads them through `normOf`. To add one, see docs/norms.md.
 */
import {
  CUSTOM_PROFILE_ID,
  CustomProfileInputSchema,
  PROFILE_SCHEMA_VERSION,
  ProfileSchema,
  type Citation,
  type CustomProfileInput,
  type Norm,
  type Profile,
} from './schema';
import { formatPercent, pluralEn, pluralRu } from './text';

export { appliesTo, formatCitation, normOf } from './lookup';

const KUZBASS_GOV = 'Постановление Правительства Кемеровской области – Кузбасса';
const NOVOKUZNETSK_ADM = 'Постановление администрации Новокузнецкого муниципального района';
const ALTAI_GOV = 'Постановление Правительства Алтайского края';
// No. 478 was signed by the "head of administration (governor)"; No. 413 by the Governor, after
// the title changed.
const KRASNODAR_478 = 'Постановление главы администрации (губернатора) Краснодарского края';
const KRASNODAR_413 = 'Постановление Губернатора Краснодарского края';

const kuzbass66 = (clause: string, amendingClause: string): Citation => ({
  act: KUZBASS_GOV,
  number: '66',
  date: '2020-02-14',
  clause,
  amendedBy: { act: KUZBASS_GOV, number: '171', date: '2022-03-31', clause: amendingClause },
});

const krasnodar478 = (clause: string, amendingClause: string): Citation => ({
  act: KRASNODAR_478,
  number: '478',
  date: '2020-08-20',
  clause,
  amendedBy: { act: KRASNODAR_413, number: '413', date: '2023-06-26', clause: amendingClause },
});

const novokuznetsk59 = (clause: string): Citation => ({
  act: NOVOKUZNETSK_ADM,
  number: '59',
  date: '2020-03-16',
  clause,
});

const altai133 = (clause: string): Citation => ({
  act: ALTAI_GOV,
  number: '133',
  date: '2020-03-27',
  clause,
});

const KUZBASS = { ru: 'Кемеровская область – Кузбасс', en: 'Kemerovo Oblast – Kuzbass' };
const ALTAI = { ru: 'Алтайский край', en: 'Altai Krai' };

const BUILT_IN: readonly Profile[] = [
  {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    id: 'kuzbass',
    kind: 'regulation',
    name: { ru: 'Кузбасс — аккаунты Правительства', en: 'Kuzbass — Government accounts' },
    region: KUZBASS,
    scope: {
      ru: 'Аккаунты Правительства Кузбасса; исполнительные органы и муниципалитеты — по своим актам, принятым с учётом этого',
      en: 'Accounts of the Kuzbass Government; executive bodies and municipalities under their own acts modelled on it',
    },
    timeZone: 'Asia/Novokuznetsk',
    networks: ['vk', 'ok'],
    networksCitation: kuzbass66('Порядок, п. 1.1', 'п. 1.5.1'),
    // The amendments set no weekly minimum; the minimum of the original 2020 text is not cited
    // here because it cannot be checked against the act as amended.
    norms: [
      {
        kind: 'repost-share-max',
        value: 0.25,
        binding: 'mandatory',
        citation: kuzbass66('Порядок, п. 2.2, абзац о репостах', 'п. 1.5.3'),
        description: {
          ru: 'Репосты — не более 25 % от всех публикаций недели',
          en: "Reposts: at most 25 % of all the week's publications",
        },
      },
    ],
  },
  {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    id: 'novokuznetsk-district',
    kind: 'regulation',
    name: { ru: 'Новокузнецкий муниципальный район', en: 'Novokuznetsk Municipal District' },
    region: KUZBASS,
    scope: {
      ru: 'Аккаунты главы и администрации Новокузнецкого муниципального района',
      en: 'Accounts of the head and the administration of Novokuznetsk Municipal District',
    },
    timeZone: 'Asia/Novokuznetsk',
    // The act also names Facebook and Instagram, blocked in Russia since 2022.
    networks: ['vk', 'ok'],
    networksCitation: novokuznetsk59('приложение (Порядок), п. 1.1'),
    norms: [
      {
        kind: 'posts-per-week-min',
        value: 7,
        binding: 'recommended',
        citation: novokuznetsk59('приложение (Порядок), п. 2.1'),
        description: {
          ru: 'Не менее 7 публикаций в неделю (рекомендуется)',
          en: 'At least 7 publications a week (recommended)',
        },
      },
    ],
  },
  {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    id: 'altai-government',
    kind: 'regulation',
    name: { ru: 'Алтайский край — Правительство', en: 'Altai Krai — Government' },
    region: ALTAI,
    scope: { ru: 'Аккаунты Правительства Алтайского края', en: 'Accounts of the Altai Krai Government' },
    timeZone: 'Asia/Barnaul',
    // The act says "social networks" without naming any, so every network served applies.
    networks: ['vk', 'ok', 'telegram'],
    networksCitation: null,
    norms: [
      {
        kind: 'posts-per-week-min',
        value: 10,
        binding: 'recommended',
        citation: altai133('Порядок, п. 6'),
        description: {
          ru: 'Не менее 10 публикаций в неделю (рекомендуется)',
          en: 'At least 10 publications a week (recommended)',
        },
      },
    ],
  },
  {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    id: 'altai-executive',
    kind: 'regulation',
    name: { ru: 'Алтайский край — иные органы исполнительной власти', en: 'Altai Krai — other executive bodies' },
    region: ALTAI,
    scope: {
      ru: 'Аккаунты органов исполнительной власти Алтайского края, кроме Правительства',
      en: 'Accounts of Altai Krai executive bodies other than the Government',
    },
    timeZone: 'Asia/Barnaul',
    networks: ['vk', 'ok', 'telegram'],
    networksCitation: null,
    norms: [
      {
        kind: 'posts-per-week-min',
        value: 5,
        binding: 'recommended',
        citation: altai133('Порядок, п. 6'),
        description: {
          ru: 'Не менее 5 публикаций в неделю (рекомендуется)',
          en: 'At least 5 publications a week (recommended)',
        },
      },
    ],
  },
  {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    id: 'krasnodar',
    kind: 'regulation',
    name: { ru: 'Краснодарский край — органы исполнительной власти', en: 'Krasnodar Krai — executive bodies' },
    region: { ru: 'Краснодарский край', en: 'Krasnodar Krai' },
    scope: {
      ru: 'Официальные страницы Губернатора, администрации и органов исполнительной власти Краснодарского края',
      en: 'Official pages of the Governor, the administration and the executive bodies of Krasnodar Krai',
    },
    timeZone: 'Europe/Moscow',
    networks: ['vk', 'ok', 'telegram'],
    networksCitation: krasnodar478('приложение 2 (Порядок), п. 1', 'приложение, п. 8 подп. 1'),
    // No weekly count or repost share: the week counter shows numbers without a norm here.
    norms: [
      {
        kind: 'comments-open',
        value: true,
        binding: 'mandatory',
        citation: krasnodar478('приложение 2 (Порядок), п. 9', 'приложение, п. 8 подп. 7'),
        description: {
          ru: 'Комментарии на официальной странице должны быть открыты',
          en: 'Comments on the official page must stay open',
        },
      },
    ],
  },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// Validated once at load: a typo in the data above fails every test that imports this module.
const PROFILES: readonly Profile[] = deepFreeze(BUILT_IN.map((p) => ProfileSchema.parse(p)));

export type BuiltInProfileId = 'kuzbass' | 'novokuznetsk-district' | 'altai-government' | 'altai-executive' | 'krasnodar';

/** The regulation profiles, in the order the profile picker shows them. */
export function listProfiles(): readonly Profile[] {
  return PROFILES;
}

/**
 * A built-in regulation profile. `custom` is not here: a custom profile carries its own numbers,
 * so it is built with `customProfile` or restored with `parseProfile`.
 */
export function getProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** Validates a stored, imported or hand-made profile. Throws zod's error when it is not one. */
export function parseProfile(input: unknown): Profile {
  return ProfileSchema.parse(input);
}

export function safeParseProfile(input: unknown): ReturnType<typeof ProfileSchema.safeParse> {
  return ProfileSchema.safeParse(input);
}

/**
 * The user's own numbers: no act, no citation. `repostShareMax` is a fraction (0.3 = 30 %).
 * Throws zod's error on an invalid zone, network or number.
 */
export function customProfile(input: CustomProfileInput): Profile {
  const { postsPerWeekMin, repostShareMax, timeZone, networks } = CustomProfileInputSchema.parse(input);
  const norms: Norm[] = [];
  if (postsPerWeekMin !== undefined) {
    norms.push({
      kind: 'posts-per-week-min',
      value: postsPerWeekMin,
      binding: null,
      citation: null,
      description: {
        ru: `Не менее ${postsPerWeekMin} ${pluralRu(postsPerWeekMin, ['публикации', 'публикаций', 'публикаций'])} в неделю`,
        en: `At least ${postsPerWeekMin} ${pluralEn(postsPerWeekMin, 'publication', 'publications')} a week`,
      },
    });
  }
  if (repostShareMax !== undefined) {
    norms.push({
      kind: 'repost-share-max',
      value: repostShareMax,
      binding: null,
      citation: null,
      description: {
        ru: `Репосты — не более ${formatPercent(repostShareMax, 'ru')} от всех публикаций недели`,
        en: `Reposts: at most ${formatPercent(repostShareMax, 'en')} of all the week's publications`,
      },
    });
  }
  return ProfileSchema.parse({
    schemaVersion: PROFILE_SCHEMA_VERSION,
    id: CUSTOM_PROFILE_ID,
    kind: 'custom',
    name: { ru: 'Свои нормы', en: 'Custom norms' },
    region: null,
    scope: null,
    timeZone,
    networks,
    networksCitation: null,
    norms,
  });
}

