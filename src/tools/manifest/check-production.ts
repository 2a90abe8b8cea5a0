import type { ManifestUrl } from "./manifest-urls";
import type { Reporter } from "./report";

const DEV_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A manifest handed to an administrator must name the agency's server: not the build's placeholder
 * (a host under .invalid, the name reserved never to resolve) nor the development machine. One error
 * per origin, on the first line that uses it.
 */
export function checkProductionUrls(urls: readonly ManifestUrl[], error: Reporter): void {
  const seen = new Set<string>();
  for (const { url, el } of [...urls].sort((a, b) => a.el.line - b.el.line)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      continue; // reported as a bad URL already
    }
    const host = u.hostname;
    const code = host === "invalid" || host.endsWith(".invalid") ? "url-placeholder" : DEV_HOSTS.has(host) ? "url-dev" : null;
    if (!code || seen.has(u.origin)) continue;
    seen.add(u.origin);
    error(code, { origin: u.origin }, el);
  }
}
