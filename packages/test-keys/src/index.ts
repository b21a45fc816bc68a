export { testKey, testKeyBody, keyWithBody, genericSecret, GUIDE_EXAMPLE_KEY } from './made-up-keys.js';
export { placeholderKey, PLACEHOLDER_STYLES, type PlaceholderStyle } from './placeholder-keys.js';
