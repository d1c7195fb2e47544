/** A seed refused to run or met data it cannot reconcile; the message is meant for the operator. */
export class SeedError extends Error {
  override name = "SeedError";
}
