/**
 * Builds the Excel add-in: one page (taskpane.html) that is both the task pane and the custom
 * functions' shared runtime, the functions' metadata (functions.json), the icons and the manifest.
 *
 *   npx webpack --mode production            -> dist/, manifest URLs rewritten to URL_PROD
 *   npx webpack serve --mode development     -> https://localhost:3000/, office.js served locally
 *
 * The production URL is set in ONE place: BDG_ADDIN_URL in the environment, or URL_PROD below.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

/** Where the dev server runs; manifest.xml in the repository uses this prefix for every URL. */
const URL_DEV = "https://localhost:3000/";
const DEV_PORT = 3000;
/** The placeholder stays until an agency sets its server; a production build warns while it does. */
const URL_PLACEHOLDER = "https://bdg-addin.example.invalid/";
/** Production URL of the folder that holds dist/ on the web server (https, ends with "/"). */
const URL_PROD = process.env.BDG_ADDIN_URL || URL_PLACEHOLDER;
/** Microsoft's CDN copy of office.js, which Office expects in production. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The local copy, served from node_modules so that development and tests need no network. */
const OFFICE_JS_DIR = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** @param {string} url */
function normaliseProductionUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`BDG_ADDIN_URL is not a URL: ${url}`);
  }
  if (u.protocol !== "https:") throw new Error(`BDG_ADDIN_URL must use https (Office loads add-ins only over https): ${url}`);
  if (u.search || u.hash) throw new Error(`BDG_ADDIN_URL must be a folder URL without ? or #: ${url}`);
  return u.href.endsWith("/") ? u.href : `${u.href}/`;
}

/** The manifest as served: every development URL replaced by the production one. */
function manifestFor(content, urlProd) {
  return content.toString("utf8").split(URL_DEV).join(urlProd);
}

/**
 * Certificates for https://localhost. On Windows and macOS office-addin-dev-certs also makes the
 * system trust them. On Linux trusting needs sudo and fails, but the certificates it generated still
 * serve https (Excel is not on Linux anyway), so they are used as they are.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    try {
      const read = (name) => fs.readFileSync(path.join(dir, name));
      const options = { ca: read("ca.crt"), cert: read("localhost.crt"), key: read("localhost.key") };
      console.warn(`[bdg] Dev certificates are not trusted by this system (${String(err.message).trim()}); serving with them anyway.`);
      return options;
    } catch {
      throw err;
    }
  }
}

/** Production only: checks dist/manifest.xml with the project's own offline check, and flags the placeholder URL. */
class CheckBuiltManifestPlugin {
  /** @param {{ placeholder: boolean }} options */
  constructor(options) {
    this.options = options;
  }
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.afterEmit.tap("CheckBuiltManifestPlugin", (compilation) => {
      const out = compilation.outputOptions.path || "dist";
      const file = path.join(out, "manifest.xml");
      if (!fs.existsSync(file)) return;
      const { checkManifest, describe } = require("./scripts/check-manifest.js");
      const report = checkManifest(fs.readFileSync(file, "utf8"), { root: out });
      for (const p of report.errors) compilation.errors.push(new webpack.WebpackError(`dist/manifest.xml: ${describe("en", p)}`));
      if (this.options.placeholder) {
        compilation.warnings.push(
          new webpack.WebpackError(`dist/manifest.xml points to the placeholder ${URL_PLACEHOLDER}; set BDG_ADDIN_URL=https://your.server/folder/ and build again before deploying.`),
        );
      }
    });
  }
}

/**
 * The page for offices without Excel add-ins (docs/web-page.md): dist/web/index.html with its own
 * scripts beside it, working from any server path and from file://. It shares the pane's
 * components; the .xlsx reader runs in the browser on small stand-ins for the node modules it
 * imports (src/web/shims), and the full exceljs (the writer) is a separate chunk loaded on demand.
 * Its files all live under web/ so that both builds can share one output folder (and --output-path).
 */
function webConfig(dev) {
  const shim = (name) => path.resolve(__dirname, "src/web/shims", name);
  return {
    name: "web",
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    entry: { web: "./src/web/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "web/[name].js",
      chunkFilename: "web/[name].[contenthash:8].js",
      // Scripts load relative to the page (file:// or any server folder).
      publicPath: "auto",
      // Only the page's own files: the add-in build owns everything outside web/.
      clean: { keep: (asset) => !asset.startsWith("web/") },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // The light exceljs: the full library loads only when needed (src/web/shims/exceljs.ts).
        exceljs$: shim("exceljs.ts"),
        zlib: shim("zlib.ts"),
        // Part names inside a zip are posix paths (src/xlsx/package-view.ts).
        path: shim("path.ts"),
        buffer$: shim("buffer.ts"),
        stream: require.resolve("readable-stream"),
        // Used only by the command line's file functions, never called in the page.
        "fs/promises": false,
        fs: false,
        crypto: false,
        // exceljs's CSV support (fast-csv, dayjs): the page reads and writes .xlsx only.
        [path.join(path.dirname(require.resolve("exceljs/package.json")), "lib", "csv", "csv.js")]: false,
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: dev,
              onlyCompileBundledFiles: true,
              instance: "web",
              compilerOptions: { module: "es2020", sourceMap: dev, noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      // node:fs, node:zlib… -> the stand-ins above.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new webpack.ProvidePlugin({ Buffer: [shim("buffer.ts"), "Buffer"], process: [shim("process.ts"), "default"] }),
      new HtmlWebpackPlugin({
        filename: "web/index.html",
        template: "./src/web/index.html",
        chunks: ["web"],
        scriptLoading: "defer",
      }),
    ],
    performance: { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  // `--env only=web` or `--env only=addin` builds one of the two (tests and the benchmark).
  const only = env && env.only;
  if (only === "web") return webConfig(dev);
  const addin = await addinConfig(env, argv, dev);
  return only === "addin" ? addin : [addin, webConfig(dev)];
};

async function addinConfig(env, argv, dev) {
  const urlProd = normaliseProductionUrl(URL_PROD);
  // Development always uses the local office.js; production uses the CDN unless BDG_OFFICE_JS=local.
  const localOfficeJs = dev || process.env.BDG_OFFICE_JS === "local";

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    target: ["web", "es2020"],
    // The functions come first so that their CustomFunctions.associate calls run before the app
    // renders; the task pane imports the same module, so both share one instance (one page, one
    // entry, one webpack runtime: no runtimeChunk needed).
    entry: {
      taskpane: ["./src/functions/functions.ts", "./src/taskpane/index.tsx"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/web belongs to the page's build (webConfig).
      clean: { keep: /^web[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Production builds type-check; development favours speed (`npm run typecheck` checks all).
              transpileOnly: dev,
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "es2020", sourceMap: dev, noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs: localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => (dev ? content : manifestFor(content, urlProd)) },
          ...(localOfficeJs
            ? [
                {
                  // office.js loads its Excel host file, o15apptofilemappingtable.js and the strings of
                  // the Office language from beside itself; other hosts and debug builds are left out.
                  from: OFFICE_JS_DIR,
                  to: "office-js",
                  // Served as Microsoft ships it: marked minimized so that Terser leaves it alone.
                  info: { minimized: true },
                  globOptions: {
                    ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts", "**/outlook*", "**/word*", "**/powerpoint*", "**/onenote*", "**/project*", "**/access*"],
                  },
                },
              ]
            : []),
        ],
      }),
      ...(dev ? [] : [new CheckBuiltManifestPlugin({ placeholder: urlProd === URL_PLACEHOLDER })]),
    ],
    performance: {
      // The page loads once per workbook session from the agency's server; warn only past 3 MB.
      maxAssetSize: 3_000_000,
      maxEntrypointSize: 3_000_000,
    },
    devServer: {
      port: DEV_PORT,
      static: false,
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : "https",
      client: { overlay: { warnings: false, errors: true } },
    },
  };
}

module.exports.manifestFor = manifestFor;
module.exports.normaliseProductionUrl = normaliseProductionUrl;
