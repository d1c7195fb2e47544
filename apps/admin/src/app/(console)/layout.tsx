import type { ReactNode } from "react";
import { Badge, SidebarLayout } from "@healio/ui";
import { NavLink } from "@/components/catalogue/nav-link";
import { ConsoleBrand } from "@/components/console-brand";
import { ConsoleRefusal } from "@/components/console-refusal";
import { SignOutButton } from "@healio/client/auth";
import { env } from "@/env";
import { requireMe } from "@/trpc/server";

export const dynamic = "force-dynamic";

/**
 * Gate of the console: no session -> /sign-in; a customer gets a clear refusal instead of the
 * console frame. (The API enforces roles on every procedure independently of this page.)
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const me = await requireMe();
  if (me.role === "CUSTOMER") {
    return (
      <ConsoleRefusal
        email={me.email}
        storefrontUrl={env.WEB_URL}
        sellerApplicationPending={me.sellerProfile?.status === "PENDING"}
      />
    );
  }

  return (
    <SidebarLayout
      brand={<ConsoleBrand />}
      nav={
        <nav aria-label="Console">
          <ul className="hl-sidebar__nav">
            <li>
              <NavLink href="/">{me.role === "ADMIN" ? "Overview" : "Dashboard"}</NavLink>
            </li>
            <li>
              <NavLink href="/orders">Orders</NavLink>
            </li>
            <li>
              <NavLink href="/medicines">Medicines</NavLink>
            </li>
            <li>
              <NavLink href="/reviews">Reviews</NavLink>
            </li>
            <li>
              <NavLink href="/sales">Flash sales</NavLink>
            </li>
            {me.role === "SELLER" ? (
              <li>
                <NavLink href="/inventory">Low stock</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink href="/inventory/expiring">Expiring lots</NavLink>
            </li>
            <li>
              <NavLink href="/recalls">Recalls</NavLink>
            </li>
            <li>
              <NavLink href="/analytics">Revenue</NavLink>
            </li>
            {me.role === "ADMIN" ? (
              <>
                <li>
                  <NavLink href="/categories">Categories</NavLink>
                </li>
                <li>
                  <NavLink href="/people">People</NavLink>
                </li>
                <li>
                  <NavLink href="/sellers">Sellers</NavLink>
                </li>
              </>
            ) : null}
            {me.role === "ADMIN" ? (
              <li>
                <NavLink href="/audit">Audit log</NavLink>
              </li>
            ) : null}
            <li>
              <a href={env.WEB_URL}>Storefront ↗</a>
            </li>
          </ul>
        </nav>
      }
      sidebarFooter={
        <div className="console-user">
          <p className="console-user__name">{me.name}</p>
          <p className="console-user__email">{me.email}</p>
          <div>
            <Badge tone="primary">{me.role}</Badge>
          </div>
          <div>
            <SignOutButton variant="secondary" redirectTo="/sign-in" />
          </div>
        </div>
      }
    >
      {children}
    </SidebarLayout>
  );
}
