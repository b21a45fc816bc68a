// Three live keys and a sandbox key: stable, numbered names in order of first appearance.
export const website = process.env.OPTIMOCMS_LIVE_KEY!;
export const importer = process.env.OPTIMOCMS_LIVE_KEY_2!;
export const reports = process.env.OPTIMOCMS_LIVE_KEY_3!;
export const tests = process.env.OPTIMOCMS_SANDBOX_KEY!;
export const websiteAgain = process.env.OPTIMOCMS_LIVE_KEY!;
