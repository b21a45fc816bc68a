// secretlint loads a rule module by its `creator` export.
export { creator, RULE_ID, type Options } from './rule.js';
export { messages, MESSAGE_IDS, type MessageId, type KeyMessageProps } from './messages.js';
