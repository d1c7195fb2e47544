import Link from "next/link";
import { SiteFooter } from "@healio/ui";

export function StorefrontFooter() {
  return (
    <SiteFooter>
      <div className="hl-row hl-row--between">
        <p>© {new Date().getFullYear()} Healio · Licensed pharmacies, delivered.</p>
        <nav aria-label="Footer">
          <ul className="hl-nav">
            <li>
              <Link href="/">Medicines</Link>
            </li>
            <li>
              <Link href="/account">Your account</Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="hl-small">
        Prescription-only medicines are dispensed only against a valid prescription. Always read the label.
      </p>
    </SiteFooter>
  );
}
