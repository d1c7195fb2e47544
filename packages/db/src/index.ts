export { createDb, getDb, poolStats, probeDatabase, closeDb, closeDefaultDb, listenToChannel, notificationBarrier } from "./client";
export type { ListenerState, NotificationHandler } from "./notifications";
export type { Db, Tx, DbOrTx, CreateDbOptions, QueryEvent, DatabaseProbe } from "./client";
export type { PoolStats } from "./pool";
export { APP_SESSION_OPTIONS } from "./pool";
export { requireDatabaseUrl } from "./env";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type * from "./generated/prisma/models";
