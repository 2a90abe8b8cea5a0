import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

/**
 * The web page (dist/web) as webpack builds it, alone (`--env only=web`), into a fresh folder;
 * development mode unless BDG_WEB_MODE=production. BDG_WEB_DIST=<folder holding web/index.html>
 * reuses a build instead (e.g. dist after `npm run build`).
 */
export function buildWebPage(mode: "development" | "production" = (process.env.BDG_WEB_MODE as "production") || "development"): { dir: string; dispose: () => void } {
  const reuse = process.env.BDG_WEB_DIST;
  if (reuse) {
    if (!existsSync(join(reuse, "web", "index.html"))) throw new Error(`BDG_WEB_DIST=${reuse} has no web/index.html`);
    return { dir: reuse, dispose: () => undefined };
  }
  const out = mkdtempSync(join(tmpdir(), "bdg-web-"));
  const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", mode, "--env", "only=web", "--output-path", out], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  const dispose = () => rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) {
    dispose();
    throw new Error(`webpack failed (${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`);
  }
  return { dir: out, dispose };
}
