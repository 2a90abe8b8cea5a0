/**
 * `npm run build` writes the add-in and the offline page: the page's configuration has its own
 * entry and template, never office.js, and keeps every file under web/ so that both builds share
 * dist/ (and --output-path) without cleaning each other's files.
 */
import { createRequire } from "module";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const load = createRequire(__filename);

interface Cfg {
  name?: string;
  entry: unknown;
  output: { filename: string; chunkFilename?: string; publicPath?: string; clean: { keep: RegExp | ((a: string) => boolean) } };
  plugins: Array<{ constructor: { name: string }; userOptions?: { filename?: string; template?: string; officeJs?: string } }>;
}
const config = load(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, argv: { mode?: string }) => Promise<Cfg | Cfg[]>;

describe("webpack: the offline page", () => {
  test("the default build makes the add-in and the page; --env only=web makes the page alone", async () => {
    const both = (await config({}, { mode: "production" })) as Cfg[];
    expect(Array.isArray(both)).toBe(true);
    expect(both.map((c) => c.name ?? "addin")).toEqual(["addin", "web"]);
    const web = (await config({ only: "web" }, { mode: "production" })) as Cfg;
    expect(web.name).toBe("web");
  });

  test("the page has its own entry and template, without office.js, every file under web/", async () => {
    const web = (await config({ only: "web" }, { mode: "production" })) as Cfg;
    expect(web.entry).toEqual({ web: "./src/web/index.tsx" });
    expect(web.output.filename.startsWith("web/")).toBe(true);
    expect(web.output.chunkFilename?.startsWith("web/")).toBe(true);
    expect(web.output.publicPath).toBe("auto");
    const html = web.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
    expect(html?.userOptions?.filename).toBe("web/index.html");
    expect(html?.userOptions?.officeJs).toBeUndefined();
    const keep = web.output.clean.keep as (a: string) => boolean;
    expect(keep("taskpane.js")).toBe(true);
    expect(keep("web/web.js")).toBe(false);
  });

  test("the add-in's clean keeps the page's folder", async () => {
    const addin = (await config({ only: "addin" }, { mode: "production" })) as Cfg;
    const keep = addin.output.clean.keep as RegExp;
    expect(keep.test("web/index.html")).toBe(true);
    expect(keep.test("taskpane.js")).toBe(false);
  });
});
