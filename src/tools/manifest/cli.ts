/**
 * Offline check of the add-in's XML manifest (the online validator cannot run here or in CI).
 *
 *   node scripts/check-manifest.js [manifest.xml] [--lang vi|en] [--root DIR] [--production]
 *
 * Prints one line per problem on stderr and exits 1; prints one OK line and exits 0 otherwise
 * (warnings do not fail); exits 2 when the arguments are wrong or the file cannot be read.
 * --production checks the manifest to deploy: the file given, else dist/manifest.xml, else the one
 * the production build would make; it must name the agency's server (BDG_ADDIN_URL).
 */
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "./check-manifest";
import { describe, message, type Lang, type Problem } from "./messages";
import { productionManifest, type ManifestSource } from "./production-manifest";

interface Args {
  lang: Lang;
  file?: string;
  root?: string;
  production: boolean;
}

/** The arguments, or the language to print the usage line in. */
function parseArgs(argv: readonly string[]): Args | { usage: Lang } {
  const args: Args = { lang: "vi", production: false };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--lang" && (argv[k + 1] === "vi" || argv[k + 1] === "en")) args.lang = argv[++k] as Lang;
    else if (a.startsWith("--lang=") && (a.slice(7) === "vi" || a.slice(7) === "en")) args.lang = a.slice(7) as Lang;
    else if (a === "--root" && argv[k + 1]) args.root = argv[++k];
    else if (a.startsWith("--root=")) args.root = a.slice(7);
    else if (a === "--production") args.production = true;
    else if (!a.startsWith("-") && args.file === undefined) args.file = a;
    else return { usage: args.lang === "en" || argv.includes("en") ? "en" : "vi" };
  }
  return args;
}

function errorCode(e: unknown): string {
  return e && typeof e === "object" && "code" in e && e.code ? String(e.code) : String(e);
}

/** Runs the check; returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if ("usage" in args) {
    process.stderr.write(message(args.usage, "usage") + "\n");
    return 2;
  }
  const { lang } = args;
  let source: ManifestSource;
  if (args.production && args.file === undefined) {
    try {
      source = await productionManifest(process.cwd());
    } catch (e) {
      process.stderr.write(message(lang, "production-config", { reason: errorCode(e) }) + "\n");
      return 2;
    }
  } else {
    const file = args.file || "manifest.xml";
    try {
      source = { xml: fs.readFileSync(file, "utf8"), file, made: false, root: path.dirname(file) };
    } catch (e) {
      process.stderr.write(message(lang, "unreadable", { file, reason: errorCode(e) }) + "\n");
      return 2;
    }
  }
  const report = checkManifest(source.xml, { root: path.resolve(args.root || source.root), production: args.production });
  const label = source.made ? message(lang, "built-label", { file: source.file }) : source.file;
  const warningWord = message(lang, "warning");
  const where = (p: Problem): string => (p.line ? `${label}:${p.line}: ` : `${label}: `);
  for (const p of report.errors) process.stderr.write(where(p) + describe(lang, p) + "\n");
  for (const p of report.warnings) process.stderr.write(`${where(p)}${warningWord}: ${describe(lang, p)}\n`);
  if (report.errors.length) return 1;
  process.stdout.write(message(lang, "ok", { file: label, warnings: report.warnings.length }) + "\n");
  return 0;
}
