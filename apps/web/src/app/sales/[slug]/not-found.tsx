import Link from "next/link";
import { EmptyState, buttonClassName } from "@healio/ui";

export default function SaleNotFound() {
  return (
    <EmptyState
      title="Sale not found"
      description="There is no flash sale at this address. It may have been renamed."
      action={
        <Link href="/" className={buttonClassName()}>
          Browse medicines
        </Link>
      }
    />
  );
}
