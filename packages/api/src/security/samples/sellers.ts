import { createSeller, unique } from "../../testing/factories";
import type { Samples } from "./types";

const inOneYear = () => new Date(Date.now() + 365 * 24 * 3600 * 1000);

// Each decision acts on a fresh seller in the state it needs, never on the world's sellers.
export const sellersSamples: Samples = {
  "sellers.submitApplication": {
    input: () => ({
      storeName: "Matrix Pharmacy",
      licenceNumber: unique("PHL").replace(/[^A-Za-z0-9-]/g, "").slice(-30),
      licenceExpiresAt: inOneYear(),
      businessAddress: "1 Matrix Street, Springfield",
      phone: "+1 555 0100",
      supervisingPharmacist: "Dr Matrix, PharmD",
    }),
    as: "customerA",
  },
  "sellers.myApplication": { input: () => undefined },
  "sellers.list": { input: () => ({}) },
  "sellers.approve": { input: async (_w, db) => ({ profileId: (await createSeller(db, { status: "PENDING" })).profile.id }) },
  "sellers.reject": {
    input: async (_w, db) => ({ profileId: (await createSeller(db, { status: "PENDING" })).profile.id, reason: "licence not verifiable" }),
  },
  "sellers.suspend": {
    input: async (_w, db) => ({ profileId: (await createSeller(db)).profile.id, reason: "inspection pending" }),
  },
  "sellers.reinstate": { input: async (_w, db) => ({ profileId: (await createSeller(db, { status: "SUSPENDED" })).profile.id }) },
  "sellers.renewLicence": {
    input: async (_w, db) => ({ profileId: (await createSeller(db)).profile.id, licenceExpiresAt: inOneYear() }),
  },
};
