const SANDBOX_KEY = 'optimo_sandbox_A1s2D3f4G5h6J7k8';

export function seed(key: string = 'optimo_sandbox_A1s2D3f4G5h6J7k8') {
  return fetch('https://api.optimocms.com/v1/sites', { method: 'POST', headers: { 'X-Api-Key': key } });
}

export class Fixtures {
  readonly key = SANDBOX_KEY;
  headers(): Record<string, string> {
    return { 'X-Api-Key': 'optimo_sandbox_A1s2D3f4G5h6J7k8' };
  }
}
