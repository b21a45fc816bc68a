// The SDK is not installed in this example: enough of its surface for the app to type-check.
declare module '@optimocms/sdk' {
  export interface Site {
    id: string;
    name: string;
  }
  export interface Page {
    id: string;
    title: string;
    status: string;
  }
  export interface Media {
    id: string;
    url: string;
  }
  export interface OptimoCMSOptions {
    apiKey: string;
    baseUrl?: string;
  }
  export class OptimoCMS {
    constructor(options: OptimoCMSOptions);
    sites: {
      list(): Promise<Site[]>;
      get(siteId: string): Promise<Site>;
      publish(siteId: string): Promise<void>;
    };
    pages: {
      list(query?: { siteId?: string; status?: string; search?: string }): Promise<Page[]>;
      get(pageId: string): Promise<Page>;
      create(input: Partial<Page> & { siteId: string }): Promise<Page>;
      update(pageId: string, input: Partial<Page>): Promise<Page>;
      delete(pageId: string): Promise<void>;
    };
    media: {
      list(query?: { siteId?: string }): Promise<Media[]>;
      upload(input: { siteId: string; path: string }): Promise<Media>;
    };
  }
}
