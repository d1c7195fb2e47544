import { OrderStatus } from "@healio/db";
import type { DbOrTx, SellerStatus } from "@healio/db";
import type { Actor } from "../actor";
import { countsByKey } from "../util/counts";

export type SellerDashboard = {
  /** null when the caller has no seller profile (e.g. an admin). */
  sellerStatus: SellerStatus | null;
  activeMedicines: number;
  /** ACTIVE medicines with stock <= their own lowStockThreshold. */
  lowStockMedicines: number;
  ordersByStatus: Record<OrderStatus, number>;
};

/** Always scoped to the caller's own data (sellerId = actor.userId), also for admins. */
export async function getSellerDashboard(db: DbOrTx, actor: Actor): Promise<SellerDashboard> {
  const sellerId = actor.userId;
  const [profile, activeMedicines, lowStockMedicines, orders] = await Promise.all([
    db.sellerProfile.findUnique({ where: { userId: sellerId }, select: { status: true } }),
    db.medicine.count({ where: { sellerId, status: "ACTIVE" } }),
    db.medicine.count({
      where: { sellerId, status: "ACTIVE", stock: { lte: db.medicine.fields.lowStockThreshold } },
    }),
    db.order.groupBy({ by: ["status"], where: { sellerId }, _count: { _all: true } }),
  ]);
  return {
    sellerStatus: profile?.status ?? null,
    activeMedicines,
    lowStockMedicines,
    ordersByStatus: countsByKey(
      Object.values(OrderStatus),
      orders.map((o) => [o.status, o._count._all]),
    ),
  };
}
