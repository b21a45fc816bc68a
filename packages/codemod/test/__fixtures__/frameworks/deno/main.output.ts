const apiKey: string = Deno.env.get('OPTIMOCMS_API_KEY')!;
Deno.serve(() => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': apiKey } }));
