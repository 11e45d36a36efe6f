import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServeReply, ServeRequest } from "../core/serve/handler.js";

/**
 * node:http in front of the handler's reply door (`ServeRequest` → `ServeReply`): the body is read up to a
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

type ReplyHandler = (request: ServeRequest) => Promise<ServeReply>;

/**
 * A `ServeRequest` over node's parsed request: headers read from node's lower-cased record, the
 * body handed over as read. No Web `Request`, `Headers` or body stream is built for a call.
 */
class NodeRequest implements ServeRequest {
  readonly headers: { get(name: string): string | null };
  constructor(
    readonly method: string,
    readonly url: string,
    raw: IncomingMessage["headers"],
    private readonly body: Buffer | undefined,
  ) {
    this.headers = {
      get(name: string): string | null {
        const v = raw[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
      },
    };
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.body;
    if (!b) return new ArrayBuffer(0);
    // The body may be a view of a larger pooled buffer: hand over its own bytes only.
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }
}

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

export async function listen(handler: ReplyHandler, opts: ListenOptions): Promise<Listener> {
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
    const reply = await handler(new NodeRequest(method, origin + (req.url ?? "/"), req.headers, body));
    const headers = reply.headers;
    if (draining) headers.connection = "close";
    if (reply.body !== null) headers["content-length"] = String(Buffer.byteLength(reply.body));
    res.writeHead(reply.status, headers);
    res.end(method === "HEAD" || reply.body === null ? undefined : reply.body);
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
