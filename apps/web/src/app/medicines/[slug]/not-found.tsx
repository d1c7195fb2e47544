import Link from "next/link";
import { EmptyState, buttonClassName } from "@healio/ui";

export default function MedicineNotFound() {
  return (
    <EmptyState
      title="Medicine not found"
      description="This medicine does not exist or is no longer sold."
      action={
        <Link href="/" className={buttonClassName()}>
          Browse medicines
        </Link>
      }
    />
  );
}
