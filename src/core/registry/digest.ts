import { createHash } from "node:crypto";

/** One file of a bundle: its path relative to the bundle directory ('/'-separated), hash and size. */
export interface BundleFile {
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * The canonical listing a bundle digest is taken over: one line per file, `<sha256 hex>  <path>\n`
 * (two spaces, exactly as `sha256sum` prints), the paths relative to the bundle directory with '/'
 * separators, sorted by their UTF-8 bytes (as `LC_ALL=C sort`). Every regular file counts, the
 * manifest included; directories themselves do not. So the digest can be checked without mlgate:
 * `cd bundle && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum`.
 */
export function canonicalListing(files: readonly Pick<BundleFile, "path" | "sha256">[]): string {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.path === sorted[i - 1]!.path) throw new Error(`duplicate bundle path ${sorted[i]!.path}`);
  }
  return sorted.map((f) => `${f.sha256}  ${f.path}\n`).join("");
}

/** `sha256:<hex>` of the canonical listing. */
export function bundleDigestOf(files: readonly Pick<BundleFile, "path" | "sha256">[]): string {
  return `sha256:${sha256Hex(canonicalListing(files))}`;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
