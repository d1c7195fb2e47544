"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, TextField } from "@healio/ui";
import { categoryRenameInput } from "@healio/api/category/category.schema";
import { useTRPC } from "@healio/client/trpc";
import { describeProblem, firstIssuePerField } from "../problems";
import type { TreeNode } from "../category-options";
import { Actions, type FormProps } from "./category-form-parts";
export function RenameForm({ node, onDone, onCancel }: FormProps & { node: TreeNode }) {
  const trpc = useTRPC();
  const rename = useMutation(trpc.category.rename.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const slug = String(data.get("slug") ?? "").trim();
    const input = { id: node.id, name: String(data.get("name") ?? ""), ...(slug && slug !== node.slug ? { slug } : {}) };
    const parsed = categoryRenameInput.safeParse(input);
    if (!parsed.success) {
      setErrors(firstIssuePerField(parsed.error.issues));
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      const renamed = await rename.mutateAsync(input);
      await onDone(`Category renamed to “${renamed.name}”.`);
    } catch (e) {
      const p = describeProblem(e);
      setErrors(p.fieldErrors);
      setProblem(p.message);
    }
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Rename category">
      {problem ? <Alert tone="danger">{problem}</Alert> : null}
      <TextField label="Name" name="name" required maxLength={80} defaultValue={node.name} autoFocus error={errors.name} />
      <TextField label="Slug" name="slug" maxLength={80} defaultValue={node.slug} error={errors.slug} hint="Changing it changes the category's storefront URL." />
      <Actions pending={rename.isPending} label="Save" onCancel={onCancel} />
    </form>
  );
}
