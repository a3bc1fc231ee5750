import { createServer, type Socket } from "node:net";
import { TLSSocket } from "node:tls";
import type { TestServer } from "./https-server.js";
import type { KeyAndChain } from "./tls-ca.js";

/**
 * A small real SMTP server (RFC 5321) on node:net/node:tls: greeting, EHLO, STARTTLS
 * (RFC 3207) and QUIT, enough for a sender's MTA-STS check (RFC 8461 §4.2). Each option
 * plays one way real MX hosts go wrong.
 */
export interface SmtpServerOptions {
  /** Certificate for STARTTLS; without one, STARTTLS is not offered. */
  tls?: KeyAndChain;
  /** Offer STARTTLS in EHLO but answer it with 454 (a broken TLS setup). */
  refuseStarttls?: boolean;
  /** Greeting lines; more than one makes a multi-line 220. Default one line. */
  greeting?: string[];
  /** Reply code of the greeting (554: "no service"). Default 220. */
  greetingCode?: number;
  /** Answer STARTTLS with 220, then send plain text instead of a TLS handshake. */
  brokenTls?: boolean;
  /** Accept the connection and say nothing. */
  silent?: boolean;
  /** Greet with an endless multi-line 220, one continuation line at a time. */
  trickleGreeting?: boolean;
  address?: string;
  port?: number;
}

function reply(socket: Socket, code: number, lines: string[]) {
  socket.write(
    lines.map((l, i) => `${code}${i === lines.length - 1 ? " " : "-"}${l}\r\n`).join(""),
  );
}

function serve(socket: Socket, opts: SmtpServerOptions, secured: boolean) {
  let buffer = "";
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString("latin1");
    for (;;) {
      const end = buffer.indexOf("\r\n");
      if (end < 0) return;
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const verb = line.split(" ")[0].toUpperCase();
      if (verb === "EHLO") {
        const ext = ["mx.test.invalid greets you", "PIPELINING", "SIZE 10240000", "8BITMIME"];
        if (opts.tls && !secured) ext.push("STARTTLS");
        reply(socket, 250, ext);
      } else if (verb === "STARTTLS" && opts.tls && !secured) {
        if (opts.refuseStarttls) {
          reply(socket, 454, ["4.7.0 TLS not available due to local problem"]);
          continue;
        }
        reply(socket, 220, ["2.0.0 Ready to start TLS"]);
        if (opts.brokenTls) {
          socket.end("this is not TLS\r\n");
          return;
        }
        socket.removeListener("data", onData);
        const tls = new TLSSocket(socket, {
          isServer: true,
          key: opts.tls.key,
          cert: opts.tls.cert,
        });
        tls.on("error", () => socket.destroy());
        serve(tls, opts, true);
        return;
      } else if (verb === "QUIT") {
        reply(socket, 221, ["2.0.0 Bye"]);
        socket.end();
        return;
      } else {
        reply(socket, 502, ["5.5.2 Command not recognized"]);
      }
    }
  };
  socket.on("data", onData);
}

export async function startSmtpServer(opts: SmtpServerOptions = {}): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    if (opts.silent) return;
    if (opts.trickleGreeting) {
      const timer = setInterval(() => socket.write("220-still greeting you\r\n"), 50);
      socket.on("close", () => clearInterval(timer));
      return;
    }
    reply(socket, opts.greetingCode ?? 220, opts.greeting ?? ["mx.test.invalid ESMTP ready"]);
    serve(socket, opts, false);
  });
  const address = opts.address ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, address, () => resolve());
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
