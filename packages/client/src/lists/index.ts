export { LoadMore, combinePages } from "./load-more";
export type { CombinedPages, LoadMoreProps } from "./load-more";
