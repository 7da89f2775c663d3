import type { BenchSuite } from './types';
import { classifySuite } from './classify';
import { logSuite } from './log';
import { pageSuite } from './page';
import { styleSuite } from './style';
import { wallSuite } from './wall';

/** Every suite of `npm run bench`, in report order. Each issue's benchmark registers here. */
export const suites: BenchSuite[] = [classifySuite, wallSuite, pageSuite, logSuite, styleSuite];
