// Where a key can sit, and what each place gets.
const untyped = process.env.OPTIMOCMS_API_KEY!;
const typed: string = process.env.OPTIMOCMS_API_KEY!;
const optional: string | undefined = process.env.OPTIMOCMS_API_KEY;
let loose: unknown = process.env.OPTIMOCMS_API_KEY;

export function connect(key = process.env.OPTIMOCMS_API_KEY!, retries = 3) {
  return { key, retries };
}

export class Client {
  private key = process.env.OPTIMOCMS_API_KEY!;
  static fallback?: string = process.env.OPTIMOCMS_API_KEY;
}

export const config = { cms: { key: process.env.OPTIMOCMS_API_KEY! }, keys: [process.env.OPTIMOCMS_API_KEY!] };
export const fromEnv = process.env.CMS_KEY ?? process.env.OPTIMOCMS_API_KEY;
export const isKnown = (value: string) => value === process.env.OPTIMOCMS_API_KEY;
export const url = `https://api.optimocms.com/v1/sites?key=${process.env.OPTIMOCMS_API_KEY}&v=\`1\``;
export const bearer = `Bearer ${process.env.OPTIMOCMS_API_KEY} for ${untyped.length}`;
export const joined = 'key=' + process.env.OPTIMOCMS_API_KEY;
use(untyped, typed, optional, loose);
use(process.env.OPTIMOCMS_API_KEY!);

/* A key in a comment is reported, never edited: optimo_live_Q1w2E3r4T5y6U7i8 */
type Key = 'optimo_live_Q1w2E3r4T5y6U7i8';

declare function use(...values: unknown[]): void;
