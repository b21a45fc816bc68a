import * as sdk from '@optimocms/sdk';

const Client = sdk.OptimoCMS;

export class Publisher {
  private readonly client: InstanceType<typeof Client>;

  constructor() {
    this.client = new Client({ apiKey: process.env.OPTIMOCMS_PUBLISH_KEY ?? '' });
  }

  async release(siteId: string, pageId: string, image: Blob) {
    await this.client.pages.update(pageId, { status: 'ready' });
    await this.client.media.upload(image);
    return this.client.sites.publish(siteId);
  }
}
