"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Badge, Button, EmptyState, LoadingState } from "@healio/ui";
import { apiErrorInfo, type ApiErrorInfo } from "@healio/client/api-error";
import { useTRPC } from "@healio/client/trpc";
import { AddressForm, EMPTY_ADDRESS, type AddressValues } from "./address-form";

type Editing = { mode: "new" } | { mode: "edit"; id: string; values: AddressValues } | null;

/** The saved addresses checkout offers: add, edit, delete, choose the default. */
export function AddressBook() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.address.list.queryOptions());
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<ApiErrorInfo | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.address.list.queryKey() });
  const handlers = {
    onSuccess: () => {
      setEditing(null);
      setError(null);
    },
    onError: (e: unknown) => setError(apiErrorInfo(e)),
    onSettled: () => refresh(),
  };
  const create = useMutation(trpc.address.create.mutationOptions(handlers));
  const update = useMutation(trpc.address.update.mutationOptions(handlers));
  const remove = useMutation(trpc.address.delete.mutationOptions(handlers));
  const makeDefault = useMutation(trpc.address.setDefault.mutationOptions(handlers));

  if (list.isPending) return <LoadingState label="Loading your addresses" />;
  if (list.isError) return <Alert tone="danger">{apiErrorInfo(list.error).message}</Alert>;

  const save = (values: AddressValues) => {
    setError(null);
    if (editing?.mode === "edit") update.mutate({ id: editing.id, ...values });
    else create.mutate({ ...values, line2: values.line2 || undefined, region: values.region || undefined, isDefault: list.data.length === 0 });
  };

  return (
    <div className="hl-stack">
      {error && !editing ? <Alert tone="danger">{error.message}</Alert> : null}
      {list.data.length === 0 && !editing ? (
        <EmptyState title="No saved addresses" description="Save an address to check out faster." />
      ) : null}
      <ul className="account-list" aria-label="Saved addresses">
        {list.data.map((a) => (
          <li key={a.id} className="account-list__row">
            <address className="account-address">
              <strong>{a.fullName}</strong> {a.isDefault ? <Badge tone="primary">Default</Badge> : null}
              <br />
              {a.line1}
              {a.line2 ? `, ${a.line2}` : ""}, {a.city}
              {a.region ? `, ${a.region}` : ""} {a.postalCode}, {a.country}
              <br />
              <span className="hl-muted">{a.phone}</span>
            </address>
            <div className="hl-row">
              <Button
                size="sm"
                variant="secondary"
                onClick={() =>
                  setEditing({ mode: "edit", id: a.id, values: { ...a, line2: a.line2 ?? "", region: a.region ?? "" } })
                }
                aria-label={`Edit the address of ${a.fullName}, ${a.line1}`}
              >
                Edit
              </Button>
              {a.isDefault ? null : (
                <Button size="sm" variant="secondary" loading={makeDefault.isPending && makeDefault.variables?.id === a.id} onClick={() => makeDefault.mutate({ id: a.id })}>
                  Make default
                </Button>
              )}
              <Button
                size="sm"
                variant="ghost"
                loading={remove.isPending && remove.variables?.id === a.id}
                onClick={() => remove.mutate({ id: a.id })}
                aria-label={`Delete the address of ${a.fullName}, ${a.line1}`}
              >
                Delete
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <AddressForm
          key={editing.mode === "edit" ? editing.id : "new"}
          label={editing.mode === "edit" ? "Edit address" : "New address"}
          initial={editing.mode === "edit" ? editing.values : EMPTY_ADDRESS}
          pending={create.isPending || update.isPending}
          error={error?.message ?? null}
          fieldErrors={error?.fieldErrors ?? {}}
          onSubmit={save}
          onCancel={() => {
            setEditing(null);
            setError(null);
          }}
        />
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setEditing({ mode: "new" })}>
            Add an address
          </Button>
        </div>
      )}
    </div>
  );
}
