// Just enough of Node, fetch, JSX and the SDK for the fixture to type-check on its own.
declare const process: { env: Record<string, string | undefined> };
declare function fetch(url: string, init?: { method?: string; headers?: Record<string, string> }): Promise<{ json(): Promise<unknown> }>;
declare namespace JSX {
  interface IntrinsicElements {
    [name: string]: Record<string, unknown>;
  }
  type Element = unknown;
}
declare module '@optimocms/sdk' {
  export class OptimoCMS {
    constructor(options: { apiKey: string; timeout?: number });
    pages: { list(): Promise<unknown[]>; create(page: { title: string }): Promise<unknown> };
  }
}
