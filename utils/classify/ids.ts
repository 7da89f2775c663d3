import { WORD_RULES } from './classify';
import { insultPhraseRules } from './rules/insult';
import { spamPhraseRules } from './rules/spam';
import { TEXT_RULE_IDS } from './spam';
import { THREAD_RULE_IDS } from './thread';

/**
 * Every rule id a match can carry (`Match.rule`), without the `+masked` suffix that marks a
 * masked spelling. Moderator words report `moderator/<category>`. A meta-test checks that each
 * id is documented in docs/classifier.md and has an example.
 */
export const RULE_IDS: readonly string[] = [
  ...new Set([
    ...WORD_RULES.map((r) => r.id),
    ...insultPhraseRules.map((r) => r.id),
    ...spamPhraseRules.map((r) => r.id),
    ...TEXT_RULE_IDS,
    ...THREAD_RULE_IDS,
    'moderator/obscene',
    'moderator/insult',
    'moderator/spam',
  ]),
];
