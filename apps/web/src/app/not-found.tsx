import Link from "next/link";
import { EmptyState, buttonClassName } from "@healio/ui";

export default function NotFound() {
  return (
    <EmptyState
      title="Page not found"
      description="The page you were looking for does not exist."
      action={
        <Link href="/" className={buttonClassName()}>
          Go to the storefront
        </Link>
      }
    />
  );
}
