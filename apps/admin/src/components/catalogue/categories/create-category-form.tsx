"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, TextField } from "@healio/ui";
import { categoryCreateInput } from "@healio/api/category/category.schema";
import { useTRPC } from "@healio/client/trpc";
import type { TreeNode } from "../category-options";
import { SelectField } from "../fields";
import { describeProblem, firstIssuePerField } from "../problems";
import { Actions, ParentOptions, TOP_LEVEL, type FormProps } from "./category-form-parts";
export function CreateForm({ tree, parent, onDone, onCancel }: FormProps & { tree: TreeNode[]; parent: TreeNode | null }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.category.create.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const slug = String(data.get("slug") ?? "").trim();
    const parentId = String(data.get("parentId") ?? "");
    const input = { name: String(data.get("name") ?? ""), parentId: parentId || null, ...(slug ? { slug } : {}) };
    const parsed = categoryCreateInput.safeParse(input);
    if (!parsed.success) {
      setErrors(firstIssuePerField(parsed.error.issues));
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      const created = await create.mutateAsync(input);
      await onDone(`Category “${created.name}” created.`);
    } catch (e) {
      const p = describeProblem(e);
      setErrors(p.fieldErrors);
      setProblem(p.message);
    }
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="New category">
      {problem ? <Alert tone="danger">{problem}</Alert> : null}
      <TextField label="Name" name="name" required maxLength={80} autoFocus error={errors.name} />
      <TextField label="Slug" name="slug" maxLength={80} error={errors.slug} hint="The URL name; leave blank to generate it from the name." />
      <SelectField label="Parent" name="parentId" defaultValue={parent?.id ?? TOP_LEVEL} error={errors.parentId}>
        <ParentOptions tree={tree} />
      </SelectField>
      <Actions pending={create.isPending} label="Create category" onCancel={onCancel} />
    </form>
  );
}
