export { seedDemoData } from "./demo-data";
export type { DemoLogin, SeedCounts, SeedDemoOptions, SeedDemoResult } from "./demo-data";
export { seedAdmin } from "./seed-admin";
export type { SeedAdminOptions, SeedAdminResult } from "./seed-admin";
export { SeedError } from "./errors";
export { betterAuthHashPassword, passwordSchema } from "./password";
export type { HashPassword } from "./password";
export { createStreamSeedLog } from "./progress";
export type { SeedLog, SeedProgress } from "./progress";
