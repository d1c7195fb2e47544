export { RouteError } from "./route-error";
export type { RouteErrorProps } from "./route-error";
export { GlobalError } from "./global-error";
