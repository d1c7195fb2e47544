import Link from "next/link";
import { EmptyState, buttonClassName } from "@healio/ui";

export default function ListingNotFound() {
  return (
    <EmptyState
      title="Medicine not found"
      description="It does not exist, or it belongs to another seller."
      action={
        <Link href="/medicines" className={buttonClassName()}>
          Back to medicines
        </Link>
      }
    />
  );
}
