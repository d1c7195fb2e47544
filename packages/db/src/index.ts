export { createDb, getDb } from "./client";
export type { Db, Tx, DbOrTx, CreateDbOptions, QueryEvent } from "./client";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type * from "./generated/prisma/models";
