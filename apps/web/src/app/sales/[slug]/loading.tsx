import { LoadingState } from "@healio/ui";

export default function Loading() {
  return <LoadingState label="Loading the sale…" />;
}
