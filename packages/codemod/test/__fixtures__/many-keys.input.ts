// Three live keys and a sandbox key: stable, numbered names in order of first appearance.
export const website = 'optimo_live_Q1w2E3r4T5y6U7i8';
export const importer = 'optimo_live_Z9x8C7v6B5n4M3k2';
export const reports = 'optimo_live_P0o9I8u7Y6t5R4e3';
export const tests = 'optimo_sandbox_A1s2D3f4G5h6J7k8';
export const websiteAgain = 'optimo_live_Q1w2E3r4T5y6U7i8';
