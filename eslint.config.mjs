import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "build/", "dist/", "coverage/", "test-artifacts/", "out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A file longer than this has seams to split along (message catalogues included).
      "max-lines": ["error", { max: 400 }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Imports between layers are checked by dependency-cruiser (.dependency-cruiser.cjs); globals are
    // no imports: the core uses no browser, Node or Office global.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "CustomFunctions", "OfficeExtension", "process", "require", "Buffer"],
    },
  },
  {
    // Office's globals belong to src/excel, the functions' runtime glue (src/functions) and the page's
    // start-up (src/taskpane/index.tsx, which waits for Office.onReady).
    files: ["src/xlsx/**/*.ts", "src/cli/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/web/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "OfficeExtension"],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
