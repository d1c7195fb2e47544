import Link from "next/link";
import { EmptyState, buttonClassName } from "@healio/ui";

export default function NotFound() {
  return (
    <main id="main" className="console-centered">
      <div className="console-centered__inner">
        <EmptyState
          title="Page not found"
          description="The page you were looking for does not exist."
          action={
            <Link href="/" className={buttonClassName()}>
              Go to the console
            </Link>
          }
        />
      </div>
    </main>
  );
}
