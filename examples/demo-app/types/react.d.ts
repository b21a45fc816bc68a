// React is not installed in this example: the hooks and JSX types the components use.
declare module 'react' {
  export function useState<T>(initial: T): [T, (value: T) => void];
  export function useEffect(effect: () => void, deps: readonly unknown[]): void;
}
declare module 'react/jsx-runtime' {
  export namespace JSX {
    type Element = unknown;
    interface IntrinsicAttributes {
      key?: string | number;
    }
    interface IntrinsicElements {
      form: { onSubmit?: (event: { preventDefault(): void }) => void; children?: unknown };
      input: { value?: string; onChange?: (event: { target: { value: string } }) => void };
      [name: string]: Record<string, unknown>;
    }
  }
  export function jsx(type: unknown, props: unknown, key?: unknown): JSX.Element;
  export function jsxs(type: unknown, props: unknown, key?: unknown): JSX.Element;
  export const Fragment: unique symbol;
}
