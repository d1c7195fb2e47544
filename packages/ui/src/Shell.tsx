import type { ReactNode } from "react";
import { cx } from "./cx";

export function Container({ children, className }: { children?: ReactNode; className?: string }) {
  return <div className={cx("hl-container", className)}>{children}</div>;
}

/** The brand mark and word; wrap it in the app's link component with className "hl-header__brand". */
export function Logo({ name = "Healio" }: { name?: string }) {
  return (
    <>
      <span className="hl-header__logo" aria-hidden="true">
        ✚
      </span>
      <span>{name}</span>
    </>
  );
}

export interface SiteHeaderProps {
  /** Usually `<Link href="/" className="hl-header__brand"><Logo /></Link>`. */
  brand: ReactNode;
  search?: ReactNode;
  nav?: ReactNode;
  actions?: ReactNode;
}

export function SiteHeader({ brand, search, nav, actions }: SiteHeaderProps) {
  return (
    <header className="hl-header">
      <div className="hl-container hl-header__inner">
        {brand}
        {search ? <div className="hl-header__search">{search}</div> : null}
        <div className="hl-header__actions">{actions}</div>
      </div>
      {nav ? <div className="hl-container hl-header__nav">{nav}</div> : null}
    </header>
  );
}

export function SiteFooter({ children }: { children?: ReactNode }) {
  return (
    <footer className="hl-footer">
      <div className="hl-container">{children}</div>
    </footer>
  );
}

export interface ShellProps {
  header: ReactNode;
  footer?: ReactNode;
  children?: ReactNode;
}

/** Page frame: skip link, sticky header, main landmark, footer. */
export function Shell({ header, footer, children }: ShellProps) {
  return (
    <div className="hl-shell">
      <a className="hl-skip-link" href="#main">
        Skip to content
      </a>
      {header}
      <main id="main" className="hl-shell__main" tabIndex={-1}>
        <div className="hl-container">{children}</div>
      </main>
      {footer}
    </div>
  );
}

export interface SidebarLayoutProps {
  brand: ReactNode;
  /** Usually a `<nav aria-label=...><ul className="hl-sidebar__nav">…</ul></nav>`. */
  nav?: ReactNode;
  sidebarFooter?: ReactNode;
  children?: ReactNode;
}

/** Console frame: a sidebar (top bar on small screens) beside the main content. */
export function SidebarLayout({ brand, nav, sidebarFooter, children }: SidebarLayoutProps) {
  return (
    <div className="hl-sidebar-layout">
      <a className="hl-skip-link" href="#main">
        Skip to content
      </a>
      <aside className="hl-sidebar">
        {brand}
        {nav}
        {sidebarFooter ? <div className="hl-sidebar__footer">{sidebarFooter}</div> : null}
      </aside>
      <main id="main" className="hl-sidebar-layout__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
