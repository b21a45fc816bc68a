// Word lists the generators combine into identifiers, prose and data. Plain vocabulary of a
// web product team (a CMS-backed site, a shop, an admin app), so the corpus reads like one.

export const NOUNS = [
  'page', 'site', 'media', 'asset', 'user', 'account', 'session', 'order', 'invoice', 'cart', 'product',
  'article', 'comment', 'author', 'tag', 'category', 'layout', 'theme', 'menu', 'route', 'locale',
  'translation', 'schema', 'field', 'block', 'section', 'preview', 'draft', 'revision', 'webhook', 'event',
  'payment', 'customer', 'address', 'shipment', 'coupon', 'price', 'inventory', 'report', 'metric', 'chart',
  'filter', 'query', 'result', 'cache', 'token', 'request', 'response', 'header', 'config', 'option',
  'setting', 'feature', 'flag', 'role', 'permission', 'team', 'member', 'invite', 'notification', 'message',
  'thread', 'upload', 'image', 'video', 'document', 'folder', 'file', 'job', 'task', 'queue', 'worker',
  'build', 'deploy', 'release', 'environment', 'domain', 'redirect', 'sitemap', 'feed', 'search', 'index',
];

export const VERBS = [
  'get', 'set', 'load', 'fetch', 'create', 'update', 'delete', 'remove', 'render', 'parse', 'format',
  'validate', 'normalize', 'resolve', 'build', 'handle', 'compute', 'sync', 'publish', 'archive', 'restore',
  'merge', 'split', 'map', 'reduce', 'group', 'sort', 'filter', 'find', 'select', 'apply', 'reset', 'init',
  'register', 'subscribe', 'emit', 'dispatch', 'serialize', 'hydrate', 'invalidate', 'refresh', 'retry',
  'schedule', 'track', 'compare', 'clone', 'transform', 'encode', 'decode', 'prepare', 'ensure', 'collect',
];

export const ADJECTIVES = [
  'active', 'default', 'current', 'cached', 'pending', 'remote', 'local', 'primary', 'secondary', 'public',
  'private', 'visible', 'hidden', 'selected', 'recent', 'featured', 'archived', 'published', 'scheduled',
  'localized', 'nested', 'partial', 'full', 'raw', 'parsed', 'sorted', 'filtered', 'paged', 'initial', 'next',
  'previous', 'last', 'first', 'max', 'min', 'total', 'unique', 'shared', 'external', 'internal', 'stale',
];

export const PROSE = [
  'the', 'a', 'this', 'that', 'each', 'every', 'when', 'while', 'before', 'after', 'so', 'because', 'and',
  'or', 'but', 'then', 'it', 'we', 'you', 'they', 'is', 'are', 'was', 'can', 'should', 'must', 'will', 'may',
  'returns', 'stores', 'keeps', 'reads', 'writes', 'sends', 'receives', 'changes', 'checks', 'uses', 'calls',
  'server', 'client', 'browser', 'component', 'function', 'module', 'value', 'list', 'object', 'string',
  'number', 'array', 'key', 'name', 'state', 'hook', 'context', 'provider', 'store', 'API', 'endpoint',
  'content', 'editor', 'team', 'project', 'workflow', 'pipeline', 'test', 'fixture', 'example', 'later',
  'first', 'again', 'only', 'also', 'never', 'always', 'instead', 'here', 'there', 'with', 'without', 'from',
  'into', 'over', 'under', 'between', 'through', 'per', 'for', 'of', 'in', 'on', 'to', 'by', 'as', 'at',
];

export const PACKAGES = [
  'react', 'react-dom', 'next/link', 'next/navigation', 'next/image', 'next/server', 'lodash-es', 'date-fns',
  'zod', 'express', 'axios', '@tanstack/react-query', 'clsx', 'swr', 'zustand', 'immer', 'uuid', 'nanoid',
  'graphql', '@apollo/client', 'i18next', 'react-hook-form', 'yup', 'dayjs', 'ky', 'p-limit', 'pino',
  'node:fs/promises', 'node:path', 'node:crypto', 'node:url', 'node:events', 'node:stream', 'node:util',
];

export const HTML_TAGS = ['div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'ul', 'li', 'span', 'p'];

export const CSS_CLASSES = [
  'flex', 'grid', 'items-center', 'justify-between', 'gap-2', 'gap-4', 'p-4', 'px-6', 'py-2', 'mt-4', 'mb-2',
  'rounded-lg', 'shadow', 'text-sm', 'text-lg', 'font-medium', 'font-semibold', 'text-gray-600', 'bg-white',
  'border', 'border-gray-200', 'hover:bg-gray-50', 'w-full', 'max-w-3xl', 'mx-auto', 'truncate', 'hidden',
];

export const TS_TYPES = ['string', 'number', 'boolean', 'Date', 'string[]', 'number[]', 'Record<string, string>', 'unknown'];

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'pl', 'ja'];

export function capitalize(word) {
  return word[0].toUpperCase() + word.slice(1);
}

export function camel(rng, parts) {
  const words = [];
  for (let i = 0; i < parts; i++) words.push(i === 0 ? rng.pick(VERBS) : rng.pick(rng.chance(0.3) ? ADJECTIVES : NOUNS));
  return words.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
}

export function pascal(rng, parts) {
  const words = [];
  for (let i = 0; i < parts; i++) words.push(capitalize(i === parts - 1 ? rng.pick(NOUNS) : rng.pick(rng.chance(0.5) ? ADJECTIVES : NOUNS)));
  return words.join('');
}

export function nounCamel(rng) {
  return rng.chance(0.5) ? rng.pick(NOUNS) : rng.pick(ADJECTIVES) + capitalize(rng.pick(NOUNS));
}

export function sentence(rng, min = 6, max = 18) {
  const length = rng.int(min, max);
  const words = [];
  for (let i = 0; i < length; i++) words.push(rng.pick(rng.chance(0.35) ? NOUNS : PROSE));
  const text = words.join(' ');
  return capitalize(text) + '.';
}

export function paragraph(rng, min = 2, max = 6) {
  const count = rng.int(min, max);
  const sentences = [];
  for (let i = 0; i < count; i++) sentences.push(sentence(rng));
  return sentences.join(' ');
}
