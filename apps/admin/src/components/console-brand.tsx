import Link from "next/link";
import { Logo } from "@healio/ui";

export function ConsoleBrand() {
  return (
    <Link href="/" className="hl-header__brand" aria-label="Healio Console home">
      <Logo />
      <span className="console-brand__suffix">Console</span>
    </Link>
  );
}
