// Test keys are built at runtime so that no key-shaped literal sits in the repository's files.
export const LIVE = ['optimo', 'live', ''].join('_');
export const SANDBOX = ['optimo', 'sandbox', ''].join('_');

export const LIVE_KEY = `${LIVE}Q1w2E3r4T5y6U7i8`;
export const SANDBOX_KEY = `${SANDBOX}Zk8Jh7Gf6Ds5Ap4`;
/** The key the OptimoCMS guide shows as hardcoded: reported, not a placeholder. */
export const GUIDE_KEY = `${LIVE}abc123def456`;
