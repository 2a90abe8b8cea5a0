/**
 * The parts of webpack.config.js that decide what IT staff deploy: the production URL they set and
 * the manifest that comes out of a production build. (The build itself is run by hand or in CI; it
 * takes too long for a unit test.)
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import { createRequire } from "module";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const load = createRequire(__filename);

interface BuildConfig {
  (env: Record<string, unknown>, argv: { mode?: string }): Promise<{
    entry: Record<string, string[]>;
    plugins: Array<{ constructor: { name: string }; userOptions?: { officeJs?: string } }>;
  }>;
  manifestFor(content: Buffer | string, urlProd: string): string;
  normaliseProductionUrl(url: string): string;
}
const config = load(path.join(ROOT, "webpack.config.js")) as BuildConfig;
const REAL = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("the production URL", () => {
  it("gets its trailing slash when it has none", () => {
    expect(config.normaliseProductionUrl("https://addin.agency.example/bdg")).toBe("https://addin.agency.example/bdg/");
    expect(config.normaliseProductionUrl("https://addin.agency.example")).toBe("https://addin.agency.example/");
  });

  it("is refused when it is not https or not a URL", () => {
    expect(() => config.normaliseProductionUrl("http://addin.agency.example/")).toThrow(/https/);
    expect(() => config.normaliseProductionUrl("addin.agency.example")).toThrow(/not a URL/);
    expect(() => config.normaliseProductionUrl("https://addin.agency.example/?v=1")).toThrow(/without \? or #/);
  });
});

describe("the production manifest", () => {
  const prodUrl = "https://addin.agency.example/bdg/";
  const prod = config.manifestFor(Buffer.from(REAL, "utf8"), prodUrl);

  it("keeps no development URL and moves every add-in URL to the production folder", () => {
    expect(prod).not.toContain("localhost:3000");
    const devCount = REAL.split("https://localhost:3000/").length - 1;
    expect(devCount).toBeGreaterThan(5);
    expect(prod.split(prodUrl).length - 1).toBe(devCount);
  });

  it("passes the offline manifest check beside a copy of the icons", () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-dist-"));
    try {
      fs.cpSync(path.join(ROOT, "assets"), path.join(dist, "assets"), { recursive: true });
      fs.writeFileSync(path.join(dist, "manifest.xml"), prod, "utf8");
      const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "check-manifest.js"), path.join(dist, "manifest.xml"), "--lang", "en"], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe("the page", () => {
  const officeJs = async (mode: string) => {
    const cfg = await config({ only: "addin" }, { mode });
    const html = cfg.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
    return html?.userOptions?.officeJs;
  };

  it("loads office.js from the dev server in development and from Microsoft's CDN in production", async () => {
    expect(await officeJs("development")).toBe("office-js/office.js");
    expect(await officeJs("production")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("bundles the custom functions into the task pane's page, before the app", async () => {
    const cfg = await config({ only: "addin" }, { mode: "production" });
    expect(Object.keys(cfg.entry)).toEqual(["taskpane"]);
    expect(cfg.entry.taskpane).toEqual(["./src/functions/functions.ts", "./src/taskpane/index.tsx"]);
  });
});
