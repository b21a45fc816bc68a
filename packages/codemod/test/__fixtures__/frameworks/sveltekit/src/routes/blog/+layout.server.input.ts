// What a server load returns is serialized into the page: the key would ship even from $env/static/private.
export const load = () => ({ apiKey: 'optimo_live_Q1w2E3r4T5y6U7i8' });
