import { MedicineStatus, OrderStatus, Role } from "@healio/db";
import type { DbOrTx } from "@healio/db";
import type { Actor } from "../actor";
import { countsByKey } from "../util/counts";

export type AdminOverview = {
  usersByRole: Record<Role, number>;
  sellersPendingApproval: number;
  medicinesByStatus: Record<MedicineStatus, number>;
  ordersByStatus: Record<OrderStatus, number>;
};

export async function getAdminOverview(db: DbOrTx, _actor: Actor): Promise<AdminOverview> {
  const [users, sellersPendingApproval, medicines, orders] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.sellerProfile.count({ where: { status: "PENDING" } }),
    db.medicine.groupBy({ by: ["status"], _count: { _all: true } }),
    db.order.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    usersByRole: countsByKey(Object.values(Role), users.map((u) => [u.role, u._count._all])),
    sellersPendingApproval,
    medicinesByStatus: countsByKey(
      Object.values(MedicineStatus),
      medicines.map((m) => [m.status, m._count._all]),
    ),
    ordersByStatus: countsByKey(Object.values(OrderStatus), orders.map((o) => [o.status, o._count._all])),
  };
}
