import * as fs from "fs";
import * as path from "path";

/** The project's folder, from src/tools/manifest or its compiled copy build/tools/manifest. */
const PROJECT = path.resolve(__dirname, "..", "..", "..");

export interface ManifestSource {
  xml: string;
  /** The file to name in messages. */
  file: string;
  /** True when no dist/manifest.xml exists and the text is what the production build would write. */
  made: boolean;
  /** Folder the icons are looked up under. */
  root: string;
}

interface CopyPattern {
  from?: string;
  to?: string;
  transform?: (content: Buffer) => string | Buffer;
}
type BuildConfig = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{ plugins: Array<{ patterns?: CopyPattern[] }> }>;

/**
 * The manifest an administrator gets: `dir`/dist/manifest.xml when a build made one; otherwise the one
 * `npm run build` would make from `dir`/manifest.xml, by the build's own transform (webpack.config.js,
 * with its production URL: BDG_ADDIN_URL or URL_PROD), without running the whole build.
 */
export async function productionManifest(dir: string): Promise<ManifestSource> {
  const dist = path.join(dir, "dist");
  const built = path.join(dist, "manifest.xml");
  if (fs.existsSync(built)) return { xml: fs.readFileSync(built, "utf8"), file: path.relative(process.cwd(), built) || built, made: false, root: dist };
  const source = path.join(dir, "manifest.xml");
  const content = fs.readFileSync(source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own config, loaded as webpack loads it
  const config = require(path.join(PROJECT, "webpack.config.js")) as BuildConfig;
  // Only the add-in build writes a manifest (the offline page is a second build of the same config).
  const { plugins } = await config({ only: "addin" }, { mode: "production" });
  // copy-webpack-plugin keeps its patterns as given; the one writing manifest.xml carries the URL rewrite.
  const pattern = plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === "manifest.xml");
  if (!pattern?.transform) throw new Error("webpack.config.js copies no manifest.xml");
  const xml = pattern.transform(content).toString();
  // The build copies assets/ beside the manifest, so the icons are those of the source folder.
  return { xml, file: path.relative(process.cwd(), source) || source, made: true, root: dir };
}
