import type { RestRoute } from "../route";
import { catalogRoutes } from "./catalog";
import { lotRoutes } from "./lots";
import { orderRoutes } from "./orders";
import { peopleRoutes } from "./people";
import { reviewRoutes } from "./reviews";

/** The REST surface: every route maps onto a tRPC procedure (see route.ts). */
export const REST_ROUTES: readonly RestRoute[] = [...peopleRoutes, ...catalogRoutes, ...orderRoutes, ...reviewRoutes, ...lotRoutes];
