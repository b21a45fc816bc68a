// A stand-in for the OptimoCMS API on 127.0.0.1, answering GET /v1/sites as the guide says it answers,
// per key: the scanner's --verify is tested against real HTTP, never a mocked fetch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { forbiddenMessage, rateLimitExceededMessage, RATE_LIMIT_HEADERS, TIERS } from '@optimocms/auth-types';

/** How the stand-in answers one key. */
export type Behaviour =
  | { kind: 'ok'; limit: number }
  | { kind: 'forbidden' }
  | { kind: 'unauthorized' }
  /**
   * 429 RATE_LIMIT_EXCEEDED for the first `times` requests (`Infinity`: every one), then `then`.
   * The wait `seconds` goes where `retryAfterIn` says: the `Retry-After` header and the body's
   * `details.retryAfter` (default), only the body, or only the header (the body then has no
   * details). `bodySeconds` makes the body ask for another wait than the header.
   */
  | { kind: 'rateLimited'; seconds: number; times: number; then: Behaviour; retryAfterIn?: 'both' | 'body' | 'header'; bodySeconds?: number }
  /** Headers sent, the body never: the client's timeout must end it. */
  | { kind: 'slow' }
  | { kind: 'malformed' }
  | { kind: 'drop' }
  | { kind: 'redirect'; location: string }
  | { kind: 'serverError' }
  /** A hostile or broken server that puts the key it got into its error code. */
  | { kind: 'echo' };

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

const meta = () => ({ requestId: 'req_standin', timestamp: new Date().toISOString() });

function envelope(response: ServerResponse, status: number, code: string, message: string, details?: Record<string, unknown>, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify({ error: { code, message, ...(details ? { details } : {}) }, meta: meta() }));
}

export class StandInApi {
  readonly requests: SeenRequest[] = [];
  /** Most requests open at the same time. */
  peakInFlight = 0;
  private inFlight = 0;
  private readonly served = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  constructor(private readonly behaviours: ReadonlyMap<string, Behaviour>) {
    this.server = createServer((request, response) => this.handle(request, response));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Requests that carried `key` in X-Api-Key. */
  count(key: string): number {
    return this.requests.filter((request) => request.headers['x-api-key'] === key).length;
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    this.requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    this.inFlight++;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    const done = () => this.inFlight--;
    response.on('close', done);
    const key = request.headers['x-api-key'];
    const behaviour = typeof key === 'string' ? this.behaviours.get(key) : undefined;
    if (request.method !== 'GET' || request.url !== '/v1/sites' || behaviour === undefined) {
      envelope(response, 401, 'UNAUTHORIZED', 'Missing or invalid API key');
      return;
    }
    const served = this.served.get(key as string) ?? 0;
    this.served.set(key as string, served + 1);
    this.answer(behaviour, served, request, response);
  }

  private answer(behaviour: Behaviour, served: number, request: IncomingMessage, response: ServerResponse): void {
    const limit = (value: number) => ({ [RATE_LIMIT_HEADERS.limit]: String(value), [RATE_LIMIT_HEADERS.remaining]: String(value - 1), [RATE_LIMIT_HEADERS.reset]: String(Math.floor(Date.now() / 1000) + 60) });
    switch (behaviour.kind) {
      case 'ok':
        response.writeHead(200, { 'Content-Type': 'application/json', ...limit(behaviour.limit) });
        response.end(JSON.stringify({ data: [], meta: meta() }));
        return;
      case 'forbidden':
        envelope(response, 403, 'FORBIDDEN', forbiddenMessage('sites:read'));
        return;
      case 'unauthorized':
        envelope(response, 401, 'UNAUTHORIZED', 'Missing or invalid API key');
        return;
      case 'rateLimited': {
        if (served >= behaviour.times) return this.answer(behaviour.then, served - behaviour.times, request, response);
        const where = behaviour.retryAfterIn ?? 'both';
        const bodySeconds = behaviour.bodySeconds ?? behaviour.seconds;
        const details = where === 'header' ? undefined : { retryAfter: bodySeconds };
        const header = where === 'body' ? {} : { [RATE_LIMIT_HEADERS.retryAfter]: String(behaviour.seconds) };
        envelope(response, 429, 'RATE_LIMIT_EXCEEDED', rateLimitExceededMessage(bodySeconds), details, { ...header, ...limit(TIERS.free.requestsPerMinute) });
        return;
      }
      case 'slow':
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"data": [');
        return;
      case 'malformed':
        response.writeHead(401, { 'Content-Type': 'application/json' });
        response.end('{"error": {"code": "UNAUTHORIZED", ');
        return;
      case 'drop':
        request.socket.destroy();
        return;
      case 'redirect':
        response.writeHead(302, { Location: behaviour.location });
        response.end();
        return;
      case 'echo':
        envelope(response, 500, String(request.headers['x-api-key']), `Unknown key ${String(request.headers['x-api-key'])}`);
        return;
      case 'serverError':
        envelope(response, 500, 'INTERNAL', 'Something went wrong');
        return;
    }
  }
}
