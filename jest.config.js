/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The machines have two cores and suites run side by side: a test that reads and writes workbooks
  // can take seconds there. A hang still fails, later.
  testTimeout: 20_000,
  // Tests live under tests/ only, mirroring the folders of src/.
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testPathIgnorePatterns: ["/node_modules/", "/build/", "/dist/"],
};
