"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button, TextField } from "@healio/ui";
import { apiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";

/** Name and phone (me.update); the server validates and audits, field errors come back from it. */
export function ProfileForm({ name, phone }: { name: string; phone: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[] | undefined> } | null>(null);
  const update = useMutation(
    trpc.me.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
      onError: (e) => {
        const info = apiErrorInfo(e);
        setError({ message: info.message, fields: info.fieldErrors });
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const data = new FormData(event.currentTarget);
    const phoneValue = String(data.get("phone") ?? "").trim();
    update.mutate({ name: String(data.get("name") ?? ""), phone: phoneValue === "" ? null : phoneValue });
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Edit profile">
      {saved ? <Alert tone="success">Your profile is saved.</Alert> : null}
      {error && !error.fields.name && !error.fields.phone ? <Alert tone="danger">{error.message}</Alert> : null}
      <TextField label="Full name" name="name" autoComplete="name" required maxLength={100} defaultValue={name} error={error?.fields.name?.[0]} />
      <TextField
        label="Phone"
        name="phone"
        type="tel"
        autoComplete="tel"
        maxLength={25}
        defaultValue={phone ?? ""}
        hint="For the pharmacy and the courier. Leave empty to remove it."
        error={error?.fields.phone?.[0]}
      />
      <div>
        <Button type="submit" loading={update.isPending}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
