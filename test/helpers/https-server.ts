import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createServer as createNetServer, type Server, type Socket } from "node:net";
import type { KeyAndChain } from "./tls-ca.js";

/** A real server on a loopback address and a random high port, closed by the test. */
export interface TestServer {
  address: string;
  port: number;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Binds to `address` (default 127.0.0.1) on `port` (default: any free one). */
async function listen(server: Server, address: string, port: number, sockets: Set<Socket>) {
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, address, () => resolve());
  });
  const bound = server.address();
  if (bound === null || typeof bound === "string") throw new Error("server did not bind");
  return {
    address,
    port: bound.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An HTTPS policy host with the given certificate chain. */
export function startHttpsServer(
  tls: KeyAndChain,
  handler: Handler,
  opts: { address?: string; port?: number } = {},
): Promise<TestServer> {
  const server = createHttpsServer({ key: tls.key, cert: tls.cert }, handler);
  return listen(server, opts.address ?? "127.0.0.1", opts.port ?? 0, new Set());
}

/** Plain HTTP (port 80 of a host that only has plain-HTTP hosting). */
export function startHttpServer(
  handler: Handler,
  opts: { address?: string; port?: number } = {},
): Promise<TestServer> {
  return listen(createHttpServer(handler), opts.address ?? "127.0.0.1", opts.port ?? 0, new Set());
}

/** Accepts TCP connections and never says a word (a black hole behind a load balancer). */
export function startSilentServer(
  opts: { address?: string; port?: number } = {},
): Promise<TestServer> {
  return listen(
    createNetServer(() => {}),
    opts.address ?? "127.0.0.1",
    opts.port ?? 0,
    new Set(),
  );
}

/** A free port on loopback that nobody listens on (connections are refused). */
export async function closedPort(address = "127.0.0.1"): Promise<number> {
  const probe = await listen(createNetServer(), address, 0, new Set());
  await probe.close();
  return probe.port;
}

/** A valid policy answer: 200, text/plain, the body. */
export function servePolicy(body: string, contentType = "text/plain; charset=utf-8"): Handler {
  return (_req, res) => {
    res.writeHead(200, { "content-type": contentType });
    res.end(body);
  };
}

/** A 200 whose body arrives one byte at a time, forever (a deadline must cut it off). */
export function trickle(intervalMs = 50): Handler {
  return (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    const timer = setInterval(() => res.write("v"), intervalMs);
    res.on("close", () => clearInterval(timer));
  };
}
