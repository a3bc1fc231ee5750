import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throwaway PKI made with the openssl CLI for each test file: a root, an intermediate and
 * leaf certificates in every shape real policy hosts and MX hosts get wrong (RFC 8460 §4.3.1
 * result types: certificate-expired, certificate-host-mismatch, certificate-not-trusted).
 * The probes trust the root through `ProbeOptions.ca`, as they would a public CA.
 */
export interface KeyAndChain {
  key: string;
  /** Leaf first, then the intermediate unless it was left out on purpose. */
  cert: string;
}

export interface LeafOptions {
  /** subjectAltName DNS names; the first is also the CN. */
  names: string[];
  /** Validity window relative to now, in days (negative = past). Default -1 … +90. */
  fromDays?: number;
  toDays?: number;
  /** Leave the intermediate out of the chain (a common server misconfiguration). */
  withoutIntermediate?: boolean;
}

export interface TestCa {
  rootPem: string;
  leaf(options: LeafOptions): KeyAndChain;
  /** A certificate signed by its own key: no CA vouches for it. */
  selfSigned(names: string[]): KeyAndChain;
  dispose(): void;
}

const CONFIG = `
[ ca ]
default_ca = ca_default
[ ca_default ]
dir = .
database = index.txt
new_certs_dir = issued
serial = serial
default_md = sha256
policy = any_name
unique_subject = no
copy_extensions = none
[ any_name ]
commonName = supplied
[ req ]
distinguished_name = dn
[ dn ]
[ ca_ext ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ leaf_ext ]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = $ENV::SAN
`;

function newKey(): string {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

/** openssl's ca date format: YYYYMMDDHHMMSSZ. */
function stamp(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
}

export function createTestCa(): TestCa {
  const dir = mkdtempSync(join(tmpdir(), "mta-sts-lint-ca-"));
  mkdirSync(join(dir, "issued"));
  writeFileSync(join(dir, "index.txt"), "");
  writeFileSync(join(dir, "serial"), "1000\n");
  writeFileSync(join(dir, "openssl.cnf"), CONFIG);
  let counter = 0;
  const run = (args: string[], san = "DNS:unused.invalid") =>
    execFileSync("openssl", args, { cwd: dir, env: { ...process.env, SAN: san }, stdio: "pipe" });
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return name;
  };
  const read = (name: string) => readFileSync(join(dir, name), "utf8");

  const csr = (keyFile: string, cn: string) => {
    const name = `req-${++counter}.csr`;
    run([
      "req",
      "-new",
      "-config",
      "openssl.cnf",
      "-key",
      keyFile,
      "-subj",
      `/CN=${cn}`,
      "-out",
      name,
    ]);
    return name;
  };
  const sign = (opts: {
    csrFile: string;
    caCert: string;
    caKey: string;
    ext: string;
    from: number;
    to: number;
    san?: string;
  }) => {
    const out = `cert-${++counter}.pem`;
    run(
      [
        "ca",
        "-batch",
        "-notext",
        "-config",
        "openssl.cnf",
        "-cert",
        opts.caCert,
        "-keyfile",
        opts.caKey,
        "-extensions",
        opts.ext,
        "-startdate",
        stamp(opts.from),
        "-enddate",
        stamp(opts.to),
        "-in",
        opts.csrFile,
        "-out",
        out,
      ],
      opts.san,
    );
    return read(out);
  };

  const rootKey = file("root.key", newKey());
  run([
    "req",
    "-x509",
    "-new",
    "-config",
    "openssl.cnf",
    "-key",
    rootKey,
    "-subj",
    "/CN=Test Root CA",
    "-days",
    "3650",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
    "-out",
    "root.pem",
  ]);
  const interKey = file("inter.key", newKey());
  const interPem = sign({
    csrFile: csr(interKey, "Test Intermediate CA"),
    caCert: "root.pem",
    caKey: rootKey,
    ext: "ca_ext",
    from: -30,
    to: 3000,
  });
  file("inter.pem", interPem);

  return {
    rootPem: read("root.pem"),
    leaf(options) {
      const key = newKey();
      const keyFile = file(`leaf-${++counter}.key`, key);
      const leafPem = sign({
        csrFile: csr(keyFile, options.names[0]),
        caCert: "inter.pem",
        caKey: interKey,
        ext: "leaf_ext",
        from: options.fromDays ?? -1,
        to: options.toDays ?? 90,
        san: options.names.map((n) => `DNS:${n}`).join(","),
      });
      return { key, cert: options.withoutIntermediate ? leafPem : leafPem + interPem };
    },
    selfSigned(names) {
      const key = newKey();
      const keyFile = file(`self-${++counter}.key`, key);
      const out = `self-${counter}.pem`;
      run([
        "req",
        "-x509",
        "-new",
        "-config",
        "openssl.cnf",
        "-key",
        keyFile,
        "-subj",
        `/CN=${names[0]}`,
        "-days",
        "30",
        "-addext",
        `subjectAltName=${names.map((n) => `DNS:${n}`).join(",")}`,
        "-out",
        out,
      ]);
      return { key, cert: read(out) };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
