import Link from "next/link";
import { Button } from "@healio/ui";

export type AuditFilterValues = {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
};

const FIELDS: { name: keyof AuditFilterValues; label: string; type?: string; list?: string; placeholder?: string }[] = [
  { name: "actor", label: "Actor (e-mail or id)", placeholder: "admin@example.com" },
  { name: "entityType", label: "Entity type", list: "audit-entity-types", placeholder: "Medicine" },
  { name: "entityId", label: "Entity id" },
  { name: "action", label: "Action", list: "audit-actions", placeholder: "medicine.price_changed" },
  { name: "from", label: "From", type: "date" },
  { name: "to", label: "To", type: "date" },
];

/** The audit log's filters: a plain GET form, so every filtered view has its own URL. */
export function AuditFilters({ values, entityTypes, actions }: { values: AuditFilterValues; entityTypes: string[]; actions: string[] }) {
  return (
    <form method="get" action="/audit" className="audit-filters" role="search" aria-label="Filter the audit log">
      {FIELDS.map((f) => (
        <div key={f.name} className="hl-field">
          <label className="hl-field__label" htmlFor={`audit-${f.name}`}>
            {f.label}
          </label>
          <input
            id={`audit-${f.name}`}
            className="hl-input"
            name={f.name}
            type={f.type ?? "text"}
            list={f.list}
            placeholder={f.placeholder}
            defaultValue={values[f.name] ?? ""}
            maxLength={f.type === "date" ? 10 : 254}
            autoComplete="off"
          />
        </div>
      ))}
      <datalist id="audit-entity-types">
        {entityTypes.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <datalist id="audit-actions">
        {actions.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <div className="audit-filters__actions">
        <Button type="submit">Filter</Button>
        {Object.values(values).some(Boolean) ? <Link href="/audit">Clear</Link> : null}
      </div>
    </form>
  );
}
