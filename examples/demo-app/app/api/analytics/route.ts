// GET /api/analytics: last week's traffic, straight from the REST API.
export async function GET(): Promise<Response> {
  const response = await fetch('https://api.optimocms.com/v1/sites/site_demo/analytics?range=7d', {
    // Violation: a key of an older, unknown format in the X-Api-Key header
    // (optimocms-scan generic-key-assignment, ESLint no-hardcoded-api-key).
    headers: { 'X-Api-Key': 'Lg9Kc2Vb7Nm4Qw8Zt3Hr6Ja5Sy1' },
  });
  return Response.json(await response.json(), { status: response.status });
}
