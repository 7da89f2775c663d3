import type { BenchSuite } from './types';

/** Every suite of `npm run bench`, in report order. Each issue's benchmark registers here. */
export const suites: BenchSuite[] = [];
