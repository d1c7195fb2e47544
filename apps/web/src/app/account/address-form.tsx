"use client";

import type { FormEvent } from "react";
import { Alert, Button, TextField } from "@healio/ui";

export type AddressValues = {
  fullName: string;
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  phone: string;
};

export const EMPTY_ADDRESS: AddressValues = { fullName: "", line1: "", line2: "", city: "", region: "", postalCode: "", country: "US", phone: "" };

/** One postal address; the server's zod schema validates, its field errors show under the fields. */
export function AddressForm({
  label,
  initial,
  pending,
  error,
  fieldErrors,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial: AddressValues;
  pending: boolean;
  error: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  onSubmit: (values: AddressValues) => void;
  onCancel: () => void;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (key: keyof AddressValues) => String(data.get(key) ?? "").trim();
    onSubmit({
      fullName: value("fullName"),
      line1: value("line1"),
      line2: value("line2"),
      city: value("city"),
      region: value("region"),
      postalCode: value("postalCode"),
      country: value("country"),
      phone: value("phone"),
    });
  }
  const f = (key: keyof AddressValues) => fieldErrors[key]?.[0];
  const fieldError = Object.values(fieldErrors).some((v) => v?.length);

  return (
    <form className="hl-form" noValidate onSubmit={submit} aria-label={label}>
      {error && !fieldError ? <Alert tone="danger">{error}</Alert> : null}
      <TextField label="Full name" name="fullName" autoComplete="name" required maxLength={100} defaultValue={initial.fullName} error={f("fullName")} />
      <TextField label="Address" name="line1" autoComplete="address-line1" required maxLength={200} defaultValue={initial.line1} error={f("line1")} />
      <TextField label="Apartment, suite (optional)" name="line2" autoComplete="address-line2" maxLength={200} defaultValue={initial.line2} error={f("line2")} />
      <div className="account-grid">
        <TextField label="City" name="city" autoComplete="address-level2" required maxLength={100} defaultValue={initial.city} error={f("city")} />
        <TextField label="State / region (optional)" name="region" autoComplete="address-level1" maxLength={100} defaultValue={initial.region} error={f("region")} />
        <TextField label="Postal code" name="postalCode" autoComplete="postal-code" required maxLength={12} defaultValue={initial.postalCode} error={f("postalCode")} />
        <TextField label="Country (2 letters)" name="country" autoComplete="country" required maxLength={2} defaultValue={initial.country} error={f("country")} />
      </div>
      <TextField label="Phone" name="phone" type="tel" autoComplete="tel" required maxLength={25} defaultValue={initial.phone} error={f("phone")} />
      <div className="hl-row">
        <Button type="submit" loading={pending}>
          Save address
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
