"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Alert, TextField } from "@healio/ui";
import { categoryCreateInput } from "@healio/api/category/category.schema";
import { useTRPC } from "@healio/client/trpc";
import type { TreeNode } from "../category-options";
import { SelectField } from "../fields";
import { useCategoryForm } from "./use-category-form";
import { Actions, ParentOptions, TOP_LEVEL, type FormProps } from "./category-form-parts";

/** New category: name, optional slug (generated when blank), parent (or top level). */
export function CreateForm({ tree, parent, onDone, onCancel }: FormProps & { tree: TreeNode[]; parent: TreeNode | null }) {
  const trpc = useTRPC();
  const create = useMutation(trpc.category.create.mutationOptions());
  const form = useCategoryForm(categoryCreateInput, create.mutateAsync, (c) => `Category “${c.name}” created.`, onDone);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const slug = String(data.get("slug") ?? "").trim();
    const parentId = String(data.get("parentId") ?? "");
    const input = { name: String(data.get("name") ?? ""), parentId: parentId || null, ...(slug ? { slug } : {}) };
    await form.submit(input);
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="New category">
      {form.problem ? <Alert tone="danger">{form.problem}</Alert> : null}
      <TextField label="Name" name="name" required maxLength={80} autoFocus error={form.errors.name} />
      <TextField label="Slug" name="slug" maxLength={80} error={form.errors.slug} hint="The URL name; leave blank to generate it from the name." />
      <SelectField label="Parent" name="parentId" defaultValue={parent?.id ?? TOP_LEVEL} error={form.errors.parentId}>
        <ParentOptions tree={tree} />
      </SelectField>
      <Actions pending={create.isPending} label="Create category" onCancel={onCancel} />
    </form>
  );
}
