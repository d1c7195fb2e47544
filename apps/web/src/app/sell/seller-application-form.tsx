"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { applyToSellForm } from "@healio/api/sellers/seller-application.schema";
import { Alert, Button, TextField } from "@healio/ui";
import { focusFirstInvalid, parseForm, type FieldErrors } from "@healio/ui/form";
import { apiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";

type Values = { [K in keyof typeof applyToSellForm.shape]: string };

export type ApplicationDefaults = Partial<Omit<Values, "licenceExpiresAt">> & { licenceExpiresAt?: string };

/**
 * The pharmacy application. The same zod schema the API validates with checks it here first;
 * the server's answer (e.g. a licence number already registered) lands on its field.
 */
export function SellerApplicationForm({ defaults }: { defaults: ApplicationDefaults }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors<Values>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const submit = useMutation(
    trpc.sellers.submitApplication.mutationOptions({
      onSuccess: () => router.push("/account?applied=1"),
      onError: (error) => {
        const info = apiErrorInfo(error);
        if (info.details.field === "licenceNumber") setErrors({ licenceNumber: info.message });
        else setFormError(info.message);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const parsed = parseForm(applyToSellForm, form);
    if (!parsed.ok) {
      setErrors(parsed.errors as FieldErrors<Values>);
      focusFirstInvalid(form, parsed.errors);
      return;
    }
    setErrors({});
    submit.mutate(parsed.data);
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Apply to sell on Healio">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      <TextField label="Pharmacy trading name" name="storeName" required maxLength={80} defaultValue={defaults.storeName} error={errors.storeName} />
      <TextField
        label="Pharmacy licence number"
        name="licenceNumber"
        required
        maxLength={40}
        hint="As printed on your licence, e.g. PHL-2024-009531."
        defaultValue={defaults.licenceNumber}
        error={errors.licenceNumber}
      />
      <TextField label="Licence valid until" name="licenceExpiresAt" type="date" required defaultValue={defaults.licenceExpiresAt} error={errors.licenceExpiresAt} />
      <TextField label="Business address" name="businessAddress" required maxLength={300} autoComplete="street-address" defaultValue={defaults.businessAddress} error={errors.businessAddress} />
      <TextField label="Pharmacy phone" name="phone" type="tel" required maxLength={20} autoComplete="tel" defaultValue={defaults.phone} error={errors.phone} />
      <TextField
        label="Supervising pharmacist"
        name="supervisingPharmacist"
        required
        maxLength={120}
        hint="The registered pharmacist responsible for dispensing."
        defaultValue={defaults.supervisingPharmacist}
        error={errors.supervisingPharmacist}
      />
      <Button type="submit" loading={submit.isPending}>
        Submit application
      </Button>
    </form>
  );
}
