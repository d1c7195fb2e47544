// Demo sellers and customers. Ids and e-mails are stable so re-running the seed is idempotent.
// The `.test` TLD is reserved (RFC 2606): no mail can ever reach a real person.

export interface DemoAddress {
  line1: string;
  line2?: string;
  city: string;
  region: string;
  postalCode: string;
}

export interface DemoSeller {
  id: string;
  email: string;
  name: string;
  phone: string;
  storeName: string;
  licenceNumber: string;
  businessAddress: string;
  supervisingPharmacist: string;
  status: "APPROVED" | "PENDING";
}

export interface DemoCustomer {
  id: string;
  email: string;
  name: string;
  phone: string;
  address: DemoAddress;
}

const seller = (
  n: number,
  name: string,
  storeName: string,
  licenceNumber: string,
  status: DemoSeller["status"] = "APPROVED",
): DemoSeller => ({
  id: `seed-user-seller-${n}`,
  email: `seller${n}@healio.test`,
  name,
  phone: `+1 555 010 ${String(n).padStart(4, "0")}`,
  storeName,
  licenceNumber,
  businessAddress: `${100 + n * 11} Market Street, Springfield`,
  supervisingPharmacist: `${name}, PharmD`,
  status,
});

/** Four approved sellers: they own the whole demo catalogue. */
export const DEMO_SELLERS: DemoSeller[] = [
  seller(1, "Amelia Hart", "Green Cross Pharmacy", "PHL-2019-004817"),
  seller(2, "Daniel Okafor", "Riverside Chemists", "PHL-2017-002365"),
  seller(3, "Priya Raman", "MediQuick Dispensary", "PHL-2021-007142"),
  seller(4, "Lucas Moreau", "Oakwood Family Pharmacy", "PHL-2015-001098"),
];

/** An applicant waiting for admin approval (no catalogue, no orders). */
export const DEMO_PENDING_SELLER: DemoSeller = {
  ...seller(5, "Hannah Lindqvist", "Sunrise Health Pharmacy", "PHL-2024-009531", "PENDING"),
  id: "seed-user-seller-pending",
  email: "seller.pending@healio.test",
};

const customer = (n: number, name: string, address: DemoAddress): DemoCustomer => ({
  id: `seed-user-customer-${n}`,
  email: `customer${n}@healio.test`,
  name,
  phone: `+1 555 020 ${String(n).padStart(4, "0")}`,
  address,
});

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  customer(1, "Olivia Bennett", { line1: "142 Maple Avenue", city: "Portland", region: "OR", postalCode: "97205" }),
  customer(2, "Noah Fischer", { line1: "88 Harbor Street", line2: "Apt 4B", city: "Boston", region: "MA", postalCode: "02110" }),
  customer(3, "Sofia Marquez", { line1: "2310 Elm Drive", city: "Austin", region: "TX", postalCode: "78704" }),
  customer(4, "Ethan Clarke", { line1: "57 Lakeview Road", city: "Madison", region: "WI", postalCode: "53703" }),
  customer(5, "Mia Nakamura", { line1: "910 Pine Street", line2: "Unit 12", city: "Seattle", region: "WA", postalCode: "98101" }),
  customer(6, "Liam O'Connor", { line1: "16 Chestnut Lane", city: "Denver", region: "CO", postalCode: "80203" }),
  customer(7, "Ava Patel", { line1: "405 Magnolia Court", city: "Atlanta", region: "GA", postalCode: "30308" }),
  customer(8, "Lucas Schmidt", { line1: "73 Birch Boulevard", city: "Minneapolis", region: "MN", postalCode: "55401" }),
  customer(9, "Isabella Rossi", { line1: "1200 Ocean Drive", line2: "Suite 300", city: "Miami", region: "FL", postalCode: "33139" }),
  customer(10, "James Whitfield", { line1: "31 Cedar Hill", city: "Nashville", region: "TN", postalCode: "37203" }),
  customer(11, "Chloe Dubois", { line1: "650 Sunset Way", city: "San Diego", region: "CA", postalCode: "92101" }),
  customer(12, "Benjamin Adeyemi", { line1: "24 Willow Street", city: "Chicago", region: "IL", postalCode: "60614" }),
];

/** Review copy by rating; one is picked deterministically per review. */
export const REVIEW_COPY: Record<number, readonly (readonly [string, string])[]> = {
  5: [
    ["Works perfectly", "Exactly what I needed. Arrived quickly and well packaged."],
    ["Great value", "Same as the big brand at a much better price. Will reorder."],
    ["Highly recommend", "Did the job within a day. Clear leaflet and easy to take."],
  ],
  4: [
    ["Good product", "Does what it says. Delivery took a day longer than expected."],
    ["Reliable", "I have used this for years; the pack was slightly dented but fine."],
  ],
  3: [
    ["It's okay", "Helped a bit, but I expected more for the price."],
    ["Average", "Works, though the taste is not great."],
  ],
  2: [["Not for me", "Didn't notice much difference after a week."]],
  1: [["Disappointed", "Box arrived damaged and the seller was slow to reply."]],
};
