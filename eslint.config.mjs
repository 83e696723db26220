import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";
import { builtinModules } from "node:module";

// The layers' walls (README, "Architecture"): the core is pure TypeScript that runs in the task
// pane, its worker, the custom functions and the command line alike.
const CORE_IMPORTS = {
  patterns: [
    {
      regex: "(^|/)(excel|taskpane|cli|functions|commands|playground|fake-excel)(/|$)",
      message: "src/core imports nothing from the other layers; pass what it needs in.",
    },
    {
      regex: "^(react|react-dom|@fluentui|office-|@microsoft/office-js|@types/office-js)",
      message: "src/core is pure TypeScript: no React, Fluent UI or Office.",
    },
    {
      regex: "^node:",
      message: "src/core runs in the browser too: no Node modules.",
    },
  ],
  paths: builtinModules.map((name) => ({
    name,
    message: "src/core runs in the browser too: no Node modules.",
  })),
};
// Office.js globals belong to the Excel layer and the entry points that start it.
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({
  name,
  message: `${name} is Office.js: only src/excel/** and the entry points use it; pass data in.`,
}));

export default [
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "dist-tsc/**",
      "node_modules/**",
      "coverage/**",
      "test/e2e/screenshots/**",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      sourceType: "module",
      ecmaVersion: 2022,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" },
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", CORE_IMPORTS] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "src/excel/**",
      "src/taskpane/index.tsx",
      "src/commands/commands.ts",
      "src/functions/functions.ts",
    ],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", ecmaVersion: 2022 },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      ecmaVersion: 2022,
      globals: { ...globals.node, ...globals.browser },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
