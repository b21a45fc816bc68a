/**
 * What went wrong while parsing or walking one file, as one line in the
 * user's terms. The parser and the tree walks recurse: a pathological file
 * (thousands of nesting levels) overflows the call stack.
 */
export function processingFailure(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'cannot be processed: nested too deeply for the parser (the call stack overflowed)';
  return `cannot be processed: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
}
