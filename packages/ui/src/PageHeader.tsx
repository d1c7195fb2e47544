import type { ReactNode } from "react";

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Small line above the title, e.g. breadcrumbs. */
  eyebrow?: ReactNode;
}

/** The page's single h1 with optional description and actions. */
export function PageHeader({ title, description, actions, eyebrow }: PageHeaderProps) {
  return (
    <div className="hl-page-header">
      <div>
        {eyebrow ? <div className="hl-small hl-muted">{eyebrow}</div> : null}
        <h1 className="hl-page-header__title">{title}</h1>
        {description ? <p className="hl-page-header__description">{description}</p> : null}
      </div>
      {actions ? <div className="hl-page-header__actions">{actions}</div> : null}
    </div>
  );
}
