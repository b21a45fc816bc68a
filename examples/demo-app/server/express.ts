// A small Express API next to the website: lists a site's media library.
import express from 'express';

const app = express();

app.get('/media/:siteId', async (req, res) => {
  const response = await fetch(`https://api.optimocms.com/v1/sites/${req.params.siteId}/media`, {
    // Violation: a sandbox key in the X-Api-Key header (optimocms-scan sandbox-key, ESLint no-hardcoded-api-key).
    headers: { 'X-Api-Key': 'optimo_sandbox_Jf5Ue2Wq9Kr7Bn3Ch8Gv4Pa' },
  });
  res.status(response.status).json(await response.json());
});

app.listen(Number(process.env.PORT ?? 3001));
