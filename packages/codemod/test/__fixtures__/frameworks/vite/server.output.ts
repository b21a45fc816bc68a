// A Node server beside the SPA: not bundled, so the key moves to process.env.
export const apiKey: string = process.env.OPTIMOCMS_API_KEY!;
