export const key = 'optimo_live_Q1w2E3r4T5y6U7i8';
export function broken( {
