// @ts-check
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/.next/**", "**/generated/**", "**/dist/**", "**/*.d.ts"],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Env is read and validated once per package, in env.ts.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read environment variables only in env.ts." },
      ],
    },
  },
  {
    // Places allowed to read the environment: env modules, scripts, test and tool configs.
    files: ["**/env.ts", "**/scripts/**", "**/bench/**", "**/*.config.ts", "**/*.test.ts", "**/e2e/**", "**/testing/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Domain services are transport-free: no tRPC, no Next, no React.
    files: ["packages/api/src/**/*.ts"],
    ignores: ["packages/api/src/**/*.router.ts", "packages/api/src/trpc.ts", "packages/api/src/root.ts", "packages/api/src/http.ts", "packages/api/src/errors.ts", "packages/api/src/**/*.test.ts", "packages/api/src/index.ts", "packages/api/src/security/**", "packages/api/src/rest/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@trpc/*", "next", "next/*", "react", "react-dom"], message: "Services must not depend on a transport or UI." }] },
      ],
    },
  },
);
