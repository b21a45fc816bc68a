// Placeholders and lines marked allowed are not secrets: nothing changes here.
export const documented = 'optimo_live_xxxxxxxxxxxx';
export const example = 'optimo_live_yourkeyhere000';
export const sandbox = 'optimo_sandbox_000000000000';
export const allowed = 'optimo_live_Q1w2E3r4T5y6U7i8'; // optimocms-scan-allow
export const notAKey = 'optimo_live_short';
