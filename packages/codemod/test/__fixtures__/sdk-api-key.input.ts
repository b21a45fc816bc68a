import { OptimoCMS as Cms } from '@optimocms/sdk';
import * as sdk from "@optimocms/sdk";

// The client every route uses.
export const cms = new Cms({ apiKey: 'optimo_live_Q1w2E3r4T5y6U7i8', timeout: 5_000 });

export const again = new sdk.OptimoCMS({
  apiKey: "optimo_live_Q1w2E3r4T5y6U7i8", // same key, same variable
});
