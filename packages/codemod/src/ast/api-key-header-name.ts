// The header fact and its case-insensitive match are auth-types' (one definition for every tool).
export { isApiKeyHeaderName } from '@optimocms/auth-types';
