import Link from "next/link";
import { EmptyState, buttonClassName } from "@healio/ui";

export default function OrderNotFound() {
  return (
    <EmptyState
      title="Order not found"
      description="This order does not exist or belongs to another account."
      action={
        <Link href="/orders" className={buttonClassName()}>
          Go to my orders
        </Link>
      }
    />
  );
}
