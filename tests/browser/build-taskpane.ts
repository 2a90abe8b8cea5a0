import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

/**
 * The task pane page as webpack builds it, in development mode (no minification: a quarter of the
 * time of a production build) into a fresh folder, so that dist/ is left to the production build
 * the bundle-size bench measures. BDG_TASKPANE_DIST points to a build to reuse instead.
 */
export function buildTaskpane(): { dir: string; dispose: () => void } {
  const reuse = process.env.BDG_TASKPANE_DIST;
  if (reuse) {
    if (!existsSync(join(reuse, "taskpane.html"))) throw new Error(`BDG_TASKPANE_DIST=${reuse} has no taskpane.html`);
    return { dir: reuse, dispose: () => undefined };
  }
  const out = mkdtempSync(join(tmpdir(), "bdg-taskpane-"));
  const webpack = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", "development", "--env", "only=addin", "--output-path", out], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const dispose = () => rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) {
    dispose();
    throw new Error(`webpack failed (${r.status}):\n${(r.stdout + r.stderr).slice(-4000)}`);
  }
  return { dir: out, dispose };
}
