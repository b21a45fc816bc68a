import { OptimoCMS as Cms } from '@optimocms/sdk';
import * as sdk from "@optimocms/sdk";

// The client every route uses.
export const cms = new Cms({ apiKey: process.env.OPTIMOCMS_API_KEY!, timeout: 5_000 });

export const again = new sdk.OptimoCMS({
  apiKey: process.env.OPTIMOCMS_API_KEY!, // same key, same variable
});
