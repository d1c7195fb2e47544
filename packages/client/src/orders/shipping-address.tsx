import { addressLines, type PostalAddress } from "./address";

export type ShippingSnapshot = PostalAddress & { name: string; phone: string };

/** The address an order ships to, as printed on a parcel; the phone is a tel: link for the packer. */
export function ShippingAddress({ shipping, callable = false }: { shipping: ShippingSnapshot; callable?: boolean }) {
  return (
    <address style={{ fontStyle: "normal" }}>
      {shipping.name}
      {addressLines(shipping).map((line) => (
        <span key={line}>
          <br />
          {line}
        </span>
      ))}
      <br />
      Phone:{" "}
      {callable ? <a href={`tel:${shipping.phone.replace(/[^0-9+]/g, "")}`}>{shipping.phone}</a> : shipping.phone}
    </address>
  );
}
