export { handleRestRequest } from "./handle-rest-request";
export type { HandleRestRequestOptions } from "./handle-rest-request";
export { buildOpenApiDocument } from "./openapi";
export type { OpenApiDocument } from "./openapi";
export { REST_ROUTES } from "./routes";
export { proceduresOf } from "./route";
export type { RestRoute, HttpMethod, CallerKind } from "./route";
export { AUTH_ALIASES, authAliasTarget, rewriteAuthAlias } from "./auth-routes";
export { withDecimalMoney, centsToDecimal } from "./money";
