import type { BenchSuite } from './types';
import { logSuite } from './log';
import { styleSuite } from './style';

/** Every suite of `npm run bench`, in report order. Each issue's benchmark registers here. */
export const suites: BenchSuite[] = [logSuite, styleSuite];
