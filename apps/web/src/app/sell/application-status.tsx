import Link from "next/link";
import { Alert, Badge, DateTime } from "@healio/ui";
import type { RouterOutputs } from "@/trpc/types";

type Application = NonNullable<RouterOutputs["sellers"]["myApplication"]>;

const STANDING: Record<string, { label: string; tone: "success" | "warning" | "danger" | "neutral" }> = {
  SELLING: { label: "Approved: selling", tone: "success" },
  PENDING: { label: "Waiting for review", tone: "warning" },
  REJECTED: { label: "Not approved", tone: "danger" },
  SUSPENDED: { label: "Suspended", tone: "danger" },
  LICENCE_EXPIRED: { label: "Licence expired", tone: "danger" },
  BLOCKED: { label: "Account suspended", tone: "danger" },
};

/** Where a customer's application to sell stands, in words, with the next step. */
export function ApplicationStatus({ application, consoleUrl }: { application: Application; consoleUrl: string }) {
  const standing = STANDING[application.standing] ?? { label: application.standing, tone: "neutral" as const };
  return (
    <div className="hl-stack">
      <dl className="hl-dl">
        <dt>Pharmacy</dt>
        <dd>{application.storeName}</dd>
        <dt>Licence</dt>
        <dd>
          {application.licenceNumber}, valid until <DateTime value={application.licenceExpiresAt} />
        </dd>
        <dt>Applied</dt>
        <dd>
          <DateTime value={application.appliedAt} />
        </dd>
        <dt>State</dt>
        <dd>
          <Badge tone={standing.tone}>{standing.label}</Badge>
        </dd>
      </dl>
      {application.standing === "PENDING" ? (
        <p className="hl-muted">An administrator checks your licence; we e-mail you the decision.</p>
      ) : null}
      {application.status === "REJECTED" ? (
        <Alert tone="warning" title="Your application was not approved">
          {application.decisionReason} <Link href="/sell">Correct it and apply again</Link>
        </Alert>
      ) : null}
      {application.status === "SUSPENDED" && application.decisionReason ? (
        <Alert tone="danger" title="Your pharmacy is suspended">{application.decisionReason}</Alert>
      ) : null}
      {application.standing === "SELLING" ? <a href={consoleUrl}>Open the seller console ↗</a> : null}
    </div>
  );
}
