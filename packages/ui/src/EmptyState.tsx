import type { ReactNode } from "react";

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, description, icon = "✚", action }: EmptyStateProps) {
  return (
    <div className="hl-empty">
      <span className="hl-empty__icon" aria-hidden="true">
        {icon}
      </span>
      <h2 className="hl-empty__title">{title}</h2>
      {description ? <p className="hl-empty__description">{description}</p> : null}
      {action ? <div className="hl-empty__action">{action}</div> : null}
    </div>
  );
}
