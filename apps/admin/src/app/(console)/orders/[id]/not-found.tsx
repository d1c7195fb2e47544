import Link from "next/link";
import { EmptyState, buttonClassName } from "@healio/ui";

export default function OrderNotFound() {
  return (
    <EmptyState
      title="Order not found"
      description="This order does not exist, or it belongs to another pharmacy."
      action={
        <Link href="/orders" className={buttonClassName()}>
          Back to orders
        </Link>
      }
    />
  );
}
