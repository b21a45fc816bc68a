import { ENV_VARS, type KeyEnvironment } from '@optimocms/auth-types';
import { RULES } from '@optimocms/secret-scan';

/** What a report carries: the redacted key only (prefix + 4 characters + `…`), never the key. */
export interface KeyMessageProps {
  KEY: string;
}

/** One message id per key kind, secretlint style (`found …: <secret>`), worded from the scanner's rule table. */
export const messages = {
  LIVE_API_KEY: {
    en: (props?: KeyMessageProps) =>
      `found ${RULES['live-key'].shortDescription}: ${props?.KEY ?? ''}. It acts on production data: rotate it and read it from ${ENV_VARS.live} or ${ENV_VARS.apiKey}.`,
  },
  SANDBOX_API_KEY: {
    en: (props?: KeyMessageProps) =>
      `found ${RULES['sandbox-key'].shortDescription}: ${props?.KEY ?? ''}. Sandbox keys are still credentials: rotate it and read it from ${ENV_VARS.sandbox} or ${ENV_VARS.apiKey}.`,
  },
} as const;

export type MessageId = keyof typeof messages;

/** The message id for a key environment. */
export const MESSAGE_IDS = {
  live: 'LIVE_API_KEY',
  sandbox: 'SANDBOX_API_KEY',
} as const satisfies Record<KeyEnvironment, MessageId>;
