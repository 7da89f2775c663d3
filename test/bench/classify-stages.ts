/**
 * The classifier's parts, for the benchmark to time apart (bundled as the classifier is): the
 * normaliser alone, and the normaliser with the word and phrase rules — obscene language and
 * insults, as a profanity library would find them — with no spam detector.
 */
import { evidence, RULESET_VERSION } from '../../utils/classify/classify';
import { decide } from '../../utils/classify/policy';

export const stages = {
  normalise: (text: string): number => evidence(text, undefined, true, 'normalise').matches.length,
  words: (text: string): number => decide(text, evidence(text, undefined, true, 'words').matches, [], RULESET_VERSION).categories.length,
};
