/**
 * The week's tally of a page against its profile, and the colour the overlay shows.
 *
 * Colour rule (docs/norms.md explains it to users):
 * - none  — no profile, the profile does not cover this network, or it sets no weekly norm.
 * - red   — the week ended below the minimum or over the repost cap, or the remaining days
 *           cannot fix it without more than `maxCatchUpPerDay` posts a day.
 * - amber — fixable trouble: behind the even pace of the minimum by at least one whole post
 *           (below ⌊min × days passed ÷ 7⌋), or reposts over the cap while enough own posts can
 *           still dilute them this week.
 * - green — everything else: the minimum met or on pace, reposts within the cap.
 * While the loaded wall does not reach back to Monday the counts are only a lower bound, so red
 * is shown as amber with the "scroll" reason first.
 */
import type { Network } from '~/utils/sites/types';
import { appliesTo, normOf } from './lookup';
import type { Binding, Citation, NormKind, Profile } from './schema';
import { formatPercent, pluralEn, pluralRu, type Localized } from './text';
import { DAYS_PER_WEEK, daysLeftInWeek, isInWeek, weekOf, type IsoDate } from './week';

/** What the counter needs of a stored post. */
export interface CountablePost {
  id: string;
  /** Epoch ms; null when the date could not be read (such a post is reported, not counted). */
  publishedAt: number | null;
  isRepost: boolean;
}

export type Level = 'green' | 'amber' | 'red' | 'none';

/** More than this many posts a day to catch up is not a realistic plan for one press officer. */
export const DEFAULT_MAX_CATCH_UP_PER_DAY = 3;

export interface WeekInput {
  /** The page's stored posts; duplicates allowed. */
  posts: readonly CountablePost[];
  profile: Profile | null;
  now: number;
  /**
   * Oldest publication date of the contiguous stretch of wall seen (pinned posts excluded), or
   * null when nothing is loaded. The count is complete once it is before Monday 00:00.
   */
  oldestLoadedAt: number | null;
  /** Zone of the weeks when there is no profile (the browser's). The profile's zone wins. */
  fallbackTimeZone: string;
  /** The page's network; when the profile does not cover it, no norm applies. */
  network?: Network;
  /** The wall has no older posts (a young page): complete however recent the oldest post. */
  reachedWallEnd?: boolean;
  /** Count the week containing this instant instead of the current one (e.g. last week). */
  weekAt?: number;
  maxCatchUpPerDay?: number;
}

export interface NormCitation {
  kind: NormKind;
  value: number | boolean;
  binding: Binding;
  description: Localized;
  /** Null for a custom norm. */
  citation: Citation | null;
}

/** Why no norm is applied, when none is. */
export type NoNormReason = 'no-profile' | 'network-not-covered' | 'no-week-norms' | null;

export interface WeekStatus {
  weekStart: number;
  weekEnd: number;
  weekStartDate: IsoDate;
  weekLabel: Localized;
  timeZone: string;
  now: number;
  profileId: string | null;
  profileName: Localized | null;
  noNormReason: NoNormReason;
  /** The week's publications, reposts included, each id once. */
  posts: number;
  reposts: number;
  /** reposts ÷ posts, 0 when there are no posts. */
  repostShare: number;
  /** Stored posts whose date is unknown, left out of every count. */
  undated: number;
  normMin: number | null;
  repostShareMax: number | null;
  /** Days of the week left, today included (Monday 7 … Sunday 1; 0 once the week ended). */
  daysLeft: number;
  /** ⌈(normMin − posts) ÷ daysLeft⌉; 0 when met, when there is no minimum or the week ended. */
  neededPerDay: number;
  /**
   * Own (non-repost) posts that would bring reposts back within the cap; 0 when within it or
   * without a cap; null when no number of them would (a cap of 0 with reposts already made).
   */
  ownPostsNeeded: number | null;
  level: Level;
  /** Russian, most important first. */
  reasons: string[];
  /** The same reasons in English, index for index. */
  reasonsEn: string[];
  /** The norms counted here (weekly minimum, repost cap), each with its clause. */
  citations: NormCitation[];
  /** False while the loaded wall does not reach back to Monday: "прокрутите, чтобы посчитать всю неделю". */
  complete: boolean;
  maxCatchUpPerDay: number;
}

/** Later copies override earlier ones, but a date once read is not lost to a copy without one. */
function dedupe(posts: readonly CountablePost[]): Map<string, CountablePost> {
  const byId = new Map<string, CountablePost>();
  for (const p of posts) {
    const prev = byId.get(p.id);
    byId.set(p.id, prev !== undefined && p.publishedAt === null ? { ...p, publishedAt: prev.publishedAt } : p);
  }
  return byId;
}

const WEEK_NORMS: readonly NormKind[] = ['posts-per-week-min', 'repost-share-max'];

export function weekStatus(input: WeekInput): WeekStatus {
  const { profile, now } = input;
  const timeZone = profile?.timeZone ?? input.fallbackTimeZone;
  const week = weekOf(input.weekAt ?? now, timeZone);

  let posts = 0;
  let reposts = 0;
  let undated = 0;
  for (const p of dedupe(input.posts).values()) {
    if (p.publishedAt === null) undated++;
    else if (isInWeek(week, p.publishedAt)) {
      posts++;
      if (p.isRepost) reposts++;
    }
  }

  let noNormReason: NoNormReason = null;
  if (profile === null) noNormReason = 'no-profile';
  else if (input.network !== undefined && !appliesTo(profile, input.network)) noNormReason = 'network-not-covered';
  else if (!profile.norms.some((n) => WEEK_NORMS.includes(n.kind))) noNormReason = 'no-week-norms';

  const applied = profile !== null && noNormReason === null ? profile : null;
  const min = applied ? normOf(applied, 'posts-per-week-min') : undefined;
  const cap = applied ? normOf(applied, 'repost-share-max') : undefined;
  const citations: NormCitation[] = [min, cap].flatMap((n) =>
    n ? [{ kind: n.kind, value: n.value, binding: n.binding, description: n.description, citation: n.citation }] : [],
  );

  const complete =
    input.reachedWallEnd === true || (input.oldestLoadedAt !== null && input.oldestLoadedAt < week.start);

  return evaluate({
    weekStart: week.start,
    weekEnd: week.end,
    weekStartDate: week.startDate,
    weekLabel: week.label,
    timeZone,
    now,
    profileId: profile?.id ?? null,
    profileName: profile?.name ?? null,
    noNormReason,
    posts,
    reposts,
    undated,
    normMin: min?.value ?? null,
    repostShareMax: cap?.value ?? null,
    daysLeft: daysLeftInWeek(week, now),
    citations,
    complete,
    maxCatchUpPerDay: input.maxCatchUpPerDay ?? DEFAULT_MAX_CATCH_UP_PER_DAY,
  });
}

/** The counted facts; everything else in a WeekStatus follows from them. */
type Tally = Omit<WeekStatus, 'repostShare' | 'neededPerDay' | 'ownPostsNeeded' | 'level' | 'reasons' | 'reasonsEn'>;

// Shares are ratios of small integers; this keeps 3 ÷ 0.3 from becoming 10.000000000000002.
const EPS = 1e-9;

/** Smallest number of own posts after which reposts ÷ posts ≤ cap; null when none will do. */
function ownPostsToDilute(posts: number, reposts: number, cap: number): number | null {
  if (reposts === 0) return 0;
  if (cap <= 0) return null;
  return Math.max(0, Math.ceil(reposts / cap - EPS) - posts);
}

const SEVERITY: Record<Level, number> = { none: 0, green: 1, amber: 2, red: 3 };

function days(n: number): Localized {
  return { ru: `${n} ${pluralRu(n, ['день', 'дня', 'дней'])}`, en: `${n} ${pluralEn(n, 'day', 'days')}` };
}

function evaluate(t: Tally): WeekStatus {
  const repostShare = t.posts === 0 ? 0 : t.reposts / t.posts;
  const reasons: Localized[] = [];
  const found: Level[] = [t.noNormReason === null ? 'green' : 'none'];
  const raise = (l: Level): void => {
    found.push(l);
  };
  const ended = t.daysLeft === 0;
  const capacity = t.daysLeft * t.maxCatchUpPerDay;

  if (!t.complete) {
    reasons.push({
      ru: 'Стена загружена не до понедельника — прокрутите, чтобы посчитать всю неделю.',
      en: 'The loaded wall does not reach back to Monday — scroll to count the whole week.',
    });
  }

  switch (t.noNormReason) {
    case 'no-profile':
      reasons.push({
        ru: 'Профиль регламента не выбран — публикации считаются без нормы.',
        en: 'No regulation profile chosen — publications are counted without a norm.',
      });
      break;
    case 'network-not-covered':
      reasons.push({
        ru: `Профиль «${t.profileName?.ru ?? ''}» не распространяется на эту соцсеть — нормы не применяются.`,
        en: `Profile "${t.profileName?.en ?? ''}" does not cover this network — no norm applies.`,
      });
      break;
    case 'no-week-norms':
      reasons.push({
        ru: `Профиль «${t.profileName?.ru ?? ''}» не задаёт недельных норм — публикации считаются без нормы.`,
        en: `Profile "${t.profileName?.en ?? ''}" sets no weekly norm — publications are counted without one.`,
      });
      break;
    case null:
      break;
  }

  let neededPerDay = 0;
  if (t.normMin !== null) {
    const min = t.normMin;
    const remaining = Math.max(0, min - t.posts);
    const tally = `${t.posts} из ${min}`;
    const tallyEn = `${t.posts} of ${min}`;
    if (remaining === 0) {
      reasons.push({ ru: `Публикаций ${tally} — норма выполнена.`, en: `Publications ${tallyEn}: the norm is met.` });
    } else if (ended) {
      raise('red');
      reasons.push({
        ru: `Неделя закончилась: публикаций ${tally} — норма не выполнена.`,
        en: `The week is over: publications ${tallyEn}, the norm was not met.`,
      });
    } else {
      neededPerDay = Math.ceil(remaining / t.daysLeft);
      const left = days(t.daysLeft);
      const expected = Math.floor((min * (DAYS_PER_WEEK - t.daysLeft)) / DAYS_PER_WEEK);
      if (remaining > capacity) {
        raise('red');
        reasons.push({
          ru: `Публикаций ${tally}: до нормы ещё ${remaining}, осталось ${left.ru} — не успеть без более чем ${t.maxCatchUpPerDay} в день.`,
          en: `Publications ${tallyEn}: ${remaining} more needed with ${left.en} left — not reachable at ${t.maxCatchUpPerDay} a day.`,
        });
      } else if (t.posts < expected) {
        raise('amber');
        reasons.push({
          ru: `Публикаций ${tally} — отставание от графика (к этому дню нужно ${expected}); нужно по ${neededPerDay} в день.`,
          en: `Publications ${tallyEn}: behind the pace (${expected} expected by today); ${neededPerDay} a day needed.`,
        });
      } else {
        reasons.push({
          ru: `Публикаций ${tally}: осталось ${remaining} за ${left.ru}.`,
          en: `Publications ${tallyEn}: ${remaining} to go in ${left.en}.`,
        });
      }
    }
  }

  let ownPostsNeeded: number | null = 0;
  if (t.repostShareMax !== null) {
    const cap = t.repostShareMax;
    const capRu = formatPercent(cap, 'ru');
    const capEn = formatPercent(cap, 'en');
    const share = `${t.reposts} из ${t.posts} = ${formatPercent(repostShare, 'ru', cap)}`;
    const shareEn = `${t.reposts} of ${t.posts} = ${formatPercent(repostShare, 'en', cap)}`;
    if (t.posts === 0) {
      reasons.push({ ru: `Репостов пока нет (не более ${capRu}).`, en: `No reposts yet (at most ${capEn}).` });
    } else if (repostShare <= cap + EPS) {
      reasons.push({ ru: `Репостов ${share} (не более ${capRu}).`, en: `Reposts ${shareEn} (at most ${capEn}).` });
      if (!ended && (t.reposts + 1) / (t.posts + 1) > cap + EPS) {
        reasons.push({
          ru: `Следующий репост превысит ${capRu} — сначала нужна своя публикация.`,
          en: `The next repost would exceed ${capEn} — an own post is needed first.`,
        });
      }
    } else {
      ownPostsNeeded = ownPostsToDilute(t.posts, t.reposts, cap);
      const fix =
        ownPostsNeeded !== null
          ? { ru: `своих публикаций (не репостов) нужно ещё ${ownPostsNeeded}`, en: `${ownPostsNeeded} more own ${pluralEn(ownPostsNeeded, 'post', 'posts')} (not reposts) needed` }
          : { ru: 'репосты не допускаются', en: 'no reposts are allowed' };
      if (ended) {
        raise('red');
        reasons.push({
          ru: `Неделя закончилась: репостов ${share} > ${capRu}.`,
          en: `The week is over: reposts ${shareEn} > ${capEn}.`,
        });
      } else if (ownPostsNeeded === null || ownPostsNeeded > capacity) {
        raise('red');
        reasons.push({
          ru: `Репостов ${share} > ${capRu}: ${fix.ru} — до конца недели не успеть.`,
          en: `Reposts ${shareEn} > ${capEn}: ${fix.en} — not reachable this week.`,
        });
      } else {
        raise('amber');
        reasons.push({ ru: `Репостов ${share} > ${capRu}: ${fix.ru}.`, en: `Reposts ${shareEn} > ${capEn}: ${fix.en}.` });
      }
    }
  }

  if (t.undated > 0) {
    reasons.push({
      ru: `Без даты и не учтено: ${t.undated} ${pluralRu(t.undated, ['публикация', 'публикации', 'публикаций'])}.`,
      en: `${t.undated} ${pluralEn(t.undated, 'publication', 'publications')} without a date not counted.`,
    });
  }

  let level = found.reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a));
  // A partial count may only look short: warn, don't accuse.
  if (!t.complete && level === 'red') level = 'amber';

  return {
    ...t,
    repostShare,
    neededPerDay,
    ownPostsNeeded,
    level,
    reasons: reasons.map((r) => r.ru),
    reasonsEn: reasons.map((r) => r.en),
  };
}

export interface WhatIf {
  /** The status as it would be with one more post published now. */
  status: WeekStatus;
  /** `После публикации: 8 из 10 за неделю; репостов станет 3 из 9 = 33 % > 25 %.` */
  message: string;
  messageEn: string;
  /** The post is a repost and would leave reposts over the cap. */
  breaksCap: boolean;
}

/** The week after publishing one more post now — for the composer. */
export function whatIf(status: WeekStatus, post: { isRepost: boolean }): WhatIf {
  if (status.now < status.weekStart || status.now >= status.weekEnd) {
    return {
      status,
      message: 'Эта неделя уже не текущая — новая публикация попадёт в другую неделю.',
      messageEn: 'This is not the current week — a new post will count towards another week.',
      breaksCap: false,
    };
  }
  const next = evaluate({ ...status, posts: status.posts + 1, reposts: status.reposts + (post.isRepost ? 1 : 0) });
  const ru: string[] = [];
  const en: string[] = [];
  if (next.normMin !== null) {
    const met = next.posts >= next.normMin && status.posts < next.normMin ? ' — норма выполнена' : '';
    const metEn = met ? ': the norm is met' : '';
    ru.push(`${next.posts} из ${next.normMin} за неделю${met}`);
    en.push(`${next.posts} of ${next.normMin} this week${metEn}`);
  } else {
    ru.push(`${next.posts} ${pluralRu(next.posts, ['публикация', 'публикации', 'публикаций'])} за неделю`);
    en.push(`${next.posts} ${pluralEn(next.posts, 'publication', 'publications')} this week`);
  }
  const cap = next.repostShareMax;
  const over = cap !== null && next.repostShare > cap + EPS;
  if (post.isRepost || (cap !== null && status.reposts > 0)) {
    const verbRu = post.isRepost ? 'репостов станет' : 'доля репостов станет';
    const verbEn = post.isRepost ? 'reposts would become' : 'the repost share would become';
    const pctRu = formatPercent(next.repostShare, 'ru', cap ?? undefined);
    const pctEn = formatPercent(next.repostShare, 'en', cap ?? undefined);
    if (cap === null) {
      ru.push(`${verbRu} ${next.reposts} из ${next.posts} = ${pctRu}`);
      en.push(`${verbEn} ${next.reposts} of ${next.posts} = ${pctEn}`);
    } else {
      const cmp = over ? '>' : '≤';
      ru.push(`${verbRu} ${next.reposts} из ${next.posts} = ${pctRu} ${cmp} ${formatPercent(cap, 'ru')}`);
      en.push(`${verbEn} ${next.reposts} of ${next.posts} = ${pctEn} ${cmp} ${formatPercent(cap, 'en')}`);
    }
  }
  return {
    status: next,
    message: `После публикации: ${ru.join('; ')}.`,
    messageEn: `After publishing: ${en.join('; ')}.`,
    breaksCap: post.isRepost && over,
  };
}

/**
 * The attributes the week counter's root carries for tests and tools (`data-testid` is the
 * overlay's): all publications, reposts, the minimum (empty without one), the share 0–1, colour.
 */
export function weekCounterAttributes(status: WeekStatus): Record<string, string> {
  return {
    'data-posts': String(status.posts),
    'data-reposts': String(status.reposts),
    'data-norm-min': status.normMin === null ? '' : String(status.normMin),
    'data-repost-share': String(status.repostShare),
    'data-level': status.level,
    'data-complete': String(status.complete),
  };
}
