// Where a key can sit, and what each place gets.
const untyped = 'optimo_live_Q1w2E3r4T5y6U7i8';
const typed: string = 'optimo_live_Q1w2E3r4T5y6U7i8';
const optional: string | undefined = 'optimo_live_Q1w2E3r4T5y6U7i8';
let loose: unknown = 'optimo_live_Q1w2E3r4T5y6U7i8';

export function connect(key = 'optimo_live_Q1w2E3r4T5y6U7i8', retries = 3) {
  return { key, retries };
}

export class Client {
  private key = 'optimo_live_Q1w2E3r4T5y6U7i8';
  static fallback?: string = 'optimo_live_Q1w2E3r4T5y6U7i8';
}

export const config = { cms: { key: 'optimo_live_Q1w2E3r4T5y6U7i8' }, keys: ['optimo_live_Q1w2E3r4T5y6U7i8'] };
export const fromEnv = process.env.CMS_KEY ?? 'optimo_live_Q1w2E3r4T5y6U7i8';
export const isKnown = (value: string) => value === 'optimo_live_Q1w2E3r4T5y6U7i8';
export const url = 'https://api.optimocms.com/v1/sites?key=optimo_live_Q1w2E3r4T5y6U7i8&v=`1`';
export const bearer = `Bearer optimo_live_Q1w2E3r4T5y6U7i8 for ${untyped.length}`;
export const joined = 'key=' + 'optimo_live_Q1w2E3r4T5y6U7i8';
use(untyped, typed, optional, loose);
use('optimo_live_Q1w2E3r4T5y6U7i8');

/* A key in a comment is reported, never edited: optimo_live_Q1w2E3r4T5y6U7i8 */
type Key = 'optimo_live_Q1w2E3r4T5y6U7i8';

declare function use(...values: unknown[]): void;
