import "./reviews.css";
import Link from "next/link";
import { buttonClassName } from "@healio/ui";
import type { RouterOutputs } from "@/trpc/types";
import { Stars } from "./stars";

type Invite = RouterOutputs["review"]["orderInvites"][number];

/** On a delivered order: invites a review of each item, or shows the rating already given. */
export function ReviewInvites({ invites }: { invites: Invite[] }) {
  const open = invites.filter((i) => !i.review).length;
  return (
    <>
      <p style={{ margin: 0 }}>
        {open > 0
          ? "Your order arrived. Tell other customers how it worked for you."
          : "Thank you for reviewing the items of this order."}
      </p>
      <ul className="review-invites" aria-label="Review the items of this order">
        {invites.map((invite) => (
          <li key={invite.medicineId}>
            <span>{invite.name}</span>
            {invite.review ? (
              <Link href={`/medicines/${invite.slug}#reviews-heading`} className="hl-small">
                <span className="hl-visually-hidden">You rated it </span>
                <Stars value={invite.review.rating} />
                <span aria-hidden="true"> Your review</span>
              </Link>
            ) : (
              <Link href={`/medicines/${invite.slug}#write-review`} className={buttonClassName({ variant: "secondary", size: "sm" })}>
                Write a review<span className="hl-visually-hidden"> of {invite.name}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
