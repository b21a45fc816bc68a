import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** What a server answered: status, headers and at most {@link BODY_LIMIT} bytes of body. */
export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Why no answer came: the text a report shows (never an error message, which could echo request data). */
export class HttpFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'HttpFailure';
  }
}

// An error envelope is a few hundred bytes; a larger body is not the API answering.
const BODY_LIMIT = 64 * 1024;

/**
 * One GET, nothing implicit: a fresh agent (so no proxy from the environment
 * and no pooled connection to another host), redirects never followed (the
 * caller sees the 3xx), one deadline for connect, headers and body.
 */
export function httpGet(url: URL, headers: Readonly<Record<string, string>>, timeoutMs: number): Promise<HttpAnswer> {
  const https = url.protocol === 'https:';
  const agent = https ? new HttpsAgent({ keepAlive: false }) : new HttpAgent({ keepAlive: false });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      agent.destroy();
      done();
    };
    const request = (https ? httpsRequest : httpRequest)(url, { method: 'GET', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= BODY_LIMIT) return void chunks.push(chunk);
        settle(() => reject(new HttpFailure(`answer larger than ${BODY_LIMIT / 1024} KiB`)));
        request.destroy();
      });
      response.on('end', () => settle(() => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') })));
      response.on('error', () => settle(() => reject(new HttpFailure('connection dropped during the answer'))));
      response.on('close', () => settle(() => reject(new HttpFailure('connection dropped during the answer'))));
    });
    const timer = setTimeout(() => {
      settle(() => reject(new HttpFailure(`no answer within ${timeoutMs} ms`)));
      request.destroy();
    }, timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => settle(() => reject(new HttpFailure(`network error (${error.code ?? 'unknown'})`))));
    request.end();
  });
}
