/*
 * PLACEHOLDER — stands in for the real custom functions so that the webpack build can be tested.
 * It will be replaced by the BDG.* functions of DESIGN §6. Keep the form: exported `function`
 * declarations with a JSDoc `@customfunction` tag (custom-functions-metadata reads them); no
 * CustomFunctions.associate calls (the webpack plugin appends them).
 */

/**
 * Placeholder: the years of the plan.
 * @customfunction
 * @returns The plan's period.
 */
export function period(): string {
  return "2021-2025";
}
