/** People-facing names of enum values shown in the console (order statuses: @healio/client/orders). */
export const ROLE_LABEL: Record<string, string> = {
  ADMIN: "Administrators",
  SELLER: "Sellers",
  CUSTOMER: "Customers",
};

export const MEDICINE_STATUS_LABEL: Record<string, string> = {
  ACTIVE: "Active",
  ARCHIVED: "Archived",
};

export const SELLER_STATUS_LABEL: Record<string, string> = {
  PENDING: "Awaiting approval",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

const count = new Intl.NumberFormat("en-US");
export function formatCount(n: number): string {
  return count.format(n);
}
