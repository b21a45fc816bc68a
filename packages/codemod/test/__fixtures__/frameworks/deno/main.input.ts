const apiKey: string = 'optimo_live_Q1w2E3r4T5y6U7i8';
Deno.serve(() => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': apiKey } }));
