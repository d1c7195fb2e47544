import { Badge, Card, TextField } from "@healio/ui";
import { addressOneLine } from "@healio/client/orders";
import type { RouterOutputs } from "@/trpc/types";
import { NEW_ADDRESS, type FieldErrors } from "./checkout-fields";
import { NewAddressFields } from "./new-address-fields";

type Address = RouterOutputs["address"]["list"][number];

type Props = {
  addresses: Address[];
  /** An address id, or NEW_ADDRESS. */
  selected: string;
  onSelect(id: string): void;
  phone: string;
  onPhoneChange(phone: string): void;
  errors: FieldErrors;
};

/** Delivery section: a saved address or a new one, and the phone the courier calls. */
export function AddressPicker({ addresses, selected, onSelect, phone, onPhoneChange, errors }: Props) {
  return (
    <Card as="section" className="checkout-section" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">Delivery address</h2>
      {addresses.length > 0 ? (
        <fieldset className="checkout-fieldset">
          <legend className="hl-visually-hidden">Choose a delivery address</legend>
          <ul className="choice-list">
            {addresses.map((a) => (
              <li key={a.id}>
                <label className="choice">
                  <input type="radio" name="addressId" value={a.id} checked={selected === a.id} onChange={() => onSelect(a.id)} />
                  <span className="choice__text">
                    <strong>
                      {a.fullName} {a.isDefault ? <Badge tone="primary">Default</Badge> : null}
                    </strong>
                    <span>{addressOneLine(a)}</span>
                  </span>
                </label>
              </li>
            ))}
            <li>
              <label className="choice">
                <input
                  type="radio"
                  name="addressId"
                  value={NEW_ADDRESS}
                  checked={selected === NEW_ADDRESS}
                  onChange={() => onSelect(NEW_ADDRESS)}
                />
                <span className="choice__text">
                  <strong>Add a new address</strong>
                </span>
              </label>
            </li>
          </ul>
          {errors.addressId ? (
            <p className="hl-field__error" role="alert">
              {errors.addressId}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      {selected === NEW_ADDRESS ? <NewAddressFields errors={errors} /> : null}

      <TextField
        label="Phone"
        name="phone"
        type="tel"
        autoComplete="shipping tel"
        required
        hint="The courier calls this number if they cannot find you."
        value={phone}
        onChange={(e) => onPhoneChange(e.target.value)}
        error={errors.phone}
      />
    </Card>
  );
}
