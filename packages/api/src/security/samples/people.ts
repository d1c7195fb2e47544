import { createUser } from "../../testing/factories";
import type { Samples } from "./types";

// Block/unblock act on a fresh user of their own, so the world's actors keep their sessions.
export const peopleSamples: Samples = {
  "people.list": { input: () => ({}) },
  "people.get": { input: (w) => ({ userId: w.people.customerA.id }) },
  "people.block": {
    input: async (_w, db) => ({ userId: (await createUser(db)).id, reason: "security matrix check" }),
  },
  "people.unblock": {
    input: async (_w, db) => {
      const user = await createUser(db);
      await db.user.update({ where: { id: user.id }, data: { banned: true, banReason: "matrix" } });
      return { userId: user.id, reason: "security matrix check" };
    },
  },
};
