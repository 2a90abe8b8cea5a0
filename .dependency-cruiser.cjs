/**
 * Module boundaries, checked by `npm run boundaries` (part of `npm test`):
 *   src/core      the pure engine: no adapter, no front end, no Node, no Office, no React
 *   src/xlsx      .xlsx files (exceljs, Node)        } adapters: no front end
 *   src/excel     the open workbook (Office.js)       }
 *   src/cli, src/functions, src/taskpane, src/web     front ends (src/web: the offline page, built
 *                                                     from the task pane's components)
 *   src/tools     development tools run by npm scripts (the manifest check): apart from the rest
 * Office's globals (Excel, Office, CustomFunctions) are no imports: eslint.config.mjs restricts them.
 */
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "src/core is the engine every front end shares: it imports no adapter and no front end.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { path: "^src/(xlsx|excel|cli|functions|taskpane|web)/" },
    },
    {
      name: "core-no-node",
      comment: "src/core runs in Excel too: no Node built-in modules.",
      severity: "error",
      from: { path: "^src/core/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-packages",
      comment: "src/core uses no package but zod (exceljs, React, Office belong to adapters and front ends).",
      severity: "error",
      from: { path: "^src/core/" },
      to: { dependencyTypes: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-bundled", "npm-no-pkg", "npm-unknown"], pathNot: "^node_modules/zod/" },
    },
    {
      name: "adapters-no-front-end",
      comment: "The adapters (src/xlsx, src/excel) serve the front ends and import none of them.",
      severity: "error",
      from: { path: "^src/(xlsx|excel)/" },
      to: { path: "^src/(cli|functions|taskpane|web)/" },
    },
    {
      name: "office-only-in-excel",
      comment: "Office.js is reached through src/excel only.",
      severity: "error",
      from: { pathNot: "^src/excel/" },
      to: { path: "^node_modules/(@microsoft/office-js|@types/office-js|@types/custom-functions-runtime|office-addin-[^/]+)/" },
    },
    {
      name: "react-only-in-taskpane",
      comment: "React and Fluent UI are the task pane's (and the offline page's, which shows the pane's views).",
      severity: "error",
      from: { pathNot: "^src/(taskpane|web)/" },
      to: { path: "^node_modules/(react|react-dom|scheduler|@fluentui/[^/]+|@griffel/[^/]+)/" },
    },
    {
      name: "tools-apart",
      comment: "src/tools (development tools such as the manifest check) and the shipped code import nothing of each other.",
      severity: "error",
      from: { path: "^src/(core|xlsx|excel|cli|functions|taskpane|web)/" },
      to: { path: "^src/tools/" },
    },
    {
      name: "tools-import-no-product",
      comment: "src/tools runs at build time with plain node: it imports no part of the add-in.",
      severity: "error",
      from: { path: "^src/tools/" },
      to: { path: "^src/(core|xlsx|excel|cli|functions|taskpane|web)/" },
    },
    {
      name: "no-circular",
      comment:
        "Modules that import each other cannot be understood, tested or split apart alone. A cycle made only of type imports is erased at compile time (a rule's code type and its message table name each other) and is allowed.",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-tests",
      comment: "Shipped code does not import test code.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^tests/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are dependencies too: they tie a module to another layer's shapes.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.test\\.tsx?$" },
  },
};
