// Express is not installed in this example: the part of its API the server uses.
declare module 'express' {
  interface Request {
    params: Record<string, string>;
  }
  interface Response {
    status(code: number): Response;
    json(body: unknown): Response;
  }
  interface Application {
    get(path: string, handler: (req: Request, res: Response) => unknown): Application;
    listen(port: number): unknown;
  }
  export default function express(): Application;
}
