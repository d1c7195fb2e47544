import { TextField } from "@healio/ui";
import type { FieldErrors } from "./checkout-fields";

const COUNTRIES: [string, string][] = [
  ["US", "United States"],
  ["CA", "Canada"],
  ["GB", "United Kingdom"],
  ["IE", "Ireland"],
  ["AU", "Australia"],
  ["NZ", "New Zealand"],
  ["DE", "Germany"],
  ["FR", "France"],
  ["NL", "Netherlands"],
  ["ES", "Spain"],
  ["IT", "Italy"],
];

/** The fields of a new delivery address (read from the form on submit, see readNewAddress). */
export function NewAddressFields({ errors }: { errors: FieldErrors }) {
  return (
    <div className="form-grid" role="group" aria-label="New address">
      <TextField containerClassName="form-grid__wide" label="Full name" name="fullName" autoComplete="shipping name" required maxLength={100} error={errors.fullName} />
      <TextField containerClassName="form-grid__wide" label="Address" name="line1" autoComplete="shipping address-line1" required maxLength={200} error={errors.line1} />
      <TextField containerClassName="form-grid__wide" label="Apartment, suite, etc." name="line2" autoComplete="shipping address-line2" maxLength={200} error={errors.line2} />
      <TextField label="City" name="city" autoComplete="shipping address-level2" required maxLength={100} error={errors.city} />
      <TextField label="State / region" name="region" autoComplete="shipping address-level1" maxLength={100} error={errors.region} />
      <TextField label="Postal code" name="postalCode" autoComplete="shipping postal-code" required maxLength={12} error={errors.postalCode} />
      <div className="hl-field">
        <label className="hl-field__label" htmlFor="checkout-country">
          Country
        </label>
        <select
          id="checkout-country"
          name="country"
          className="hl-input hl-select"
          defaultValue="US"
          autoComplete="shipping country"
          aria-invalid={errors.country ? true : undefined}
        >
          {COUNTRIES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        {errors.country ? <p className="hl-field__error">{errors.country}</p> : null}
      </div>
      <label className="check-row form-grid__wide">
        <input type="checkbox" name="save" defaultChecked />
        Save this address to my address book
      </label>
    </div>
  );
}
