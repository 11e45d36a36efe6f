import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * node:http in front of a Fetch-style handler (`Request` → `Response`): the body is read up to a
 * limit (a longer one is refused with 413 as soon as it is known, without reading the rest), and
 * `close()` drains: it stops accepting, lets the requests in flight finish, and closes idle
 * keep-alive connections, so a rolling replacement loses no request.
 */
export interface Listener {
  readonly url: string;
  readonly port: number;
  /** Requests received and not yet answered. */
  inFlight(): number;
  /** Stops accepting and resolves once every request in flight was answered (or after `graceMs`). */
  close(graceMs?: number): Promise<void>;
}

export interface ListenOptions {
  host: string;
  port: number;
  maxBodyBytes: number;
}

type FetchHandler = (request: Request) => Promise<Response>;

function tooLarge(res: ServerResponse, bytes: string, limit: number): void {
  const body = JSON.stringify({
    error: `the request body is ${bytes} bytes, more than the ${limit} this server accepts`,
  });
  // The unread rest of the body cannot be skipped on a kept-alive connection: close it.
  res.writeHead(413, { "content-type": "application/json", connection: "close" });
  res.end(body, () => res.socket?.destroy());
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.once("error", reject);
  });
}

function toHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) {
    // HTTP/1 header names are case-insensitive; Headers validates them, so a bad one is skipped.
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      // An invalid header name or value: the handler never sees it.
    }
  }
  return headers;
}

export async function listen(handler: FetchHandler, opts: ListenOptions): Promise<Listener> {
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | undefined;
  let origin = "";

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const declared = req.headers["content-length"];
    if (declared !== undefined && Number(declared) > opts.maxBodyBytes) {
      tooLarge(res, declared, opts.maxBodyBytes);
      return;
    }
    const method = req.method ?? "GET";
    let body: Buffer | undefined;
    if (method !== "GET" && method !== "HEAD") {
      const read = await readBody(req, opts.maxBodyBytes);
      if (read === "too-large") {
        tooLarge(res, `over ${opts.maxBodyBytes}`, opts.maxBodyBytes);
        return;
      }
      body = read;
    }
    const request = new Request(origin + (req.url ?? "/"), {
      method,
      headers: toHeaders(req.rawHeaders),
      // A Buffer is a Uint8Array, which the Fetch body accepts; @types/node's BodyInit lags behind.
      ...(body ? { body: body as unknown as BodyInit } : {}),
    });
    const response = await handler(request);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    if (draining) headers.connection = "close";
    const payload = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
    if (payload) headers["content-length"] = String(payload.length);
    res.writeHead(response.status, headers);
    res.end(method === "HEAD" ? undefined : payload);
  }

  const server = createServer((req, res) => {
    inFlight++;
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
    serve(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `internal error: ${(e as Error).message ?? String(e)}` }));
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;

  return {
    url: origin,
    port: address.port,
    inFlight: () => inFlight,
    async close(graceMs = 10_000) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => {
            idle = resolve;
          }),
          new Promise<void>((resolve) => {
            timer = setTimeout(resolve, graceMs);
          }),
        ]);
        clearTimeout(timer);
      }
      // Connections still open are idle keep-alive ones (or stuck past the grace period).
      server.closeAllConnections();
      await closed;
    },
  };
}
