import type { FindingKind } from '~/utils/style';
import type { MessageKey } from '~/utils/i18n';

/** The UI name of each kind, plural («Штампы»), for counts and the legend. */
export const KIND_LABEL: Record<FindingKind, MessageKey> = {
  bureaucratese: 'checkKindBureaucratese',
  'press-release': 'checkKindPressRelease',
  'genitive-chain': 'checkKindGenitiveChain',
  passive: 'checkKindPassive',
  cliche: 'checkKindCliche',
  'long-sentence': 'checkKindLongSentence',
  wall: 'checkKindWall',
  caps: 'checkKindCaps',
};
