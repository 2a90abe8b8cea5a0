/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Tests live under tests/ only, mirroring the folders of src/.
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testPathIgnorePatterns: ["/node_modules/", "/build/", "/dist/"],
};
