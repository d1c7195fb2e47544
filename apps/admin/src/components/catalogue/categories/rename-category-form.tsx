"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Alert, TextField } from "@healio/ui";
import { categoryRenameInput } from "@healio/api/category/category.schema";
import { useTRPC } from "@healio/client/trpc";
import { useCategoryForm } from "./use-category-form";
import type { TreeNode } from "../category-options";
import { Actions, type FormProps } from "./category-form-parts";

/** Rename a category; changing the slug changes its storefront URL. */
export function RenameForm({ node, onDone, onCancel }: FormProps & { node: TreeNode }) {
  const trpc = useTRPC();
  const rename = useMutation(trpc.category.rename.mutationOptions());
  const form = useCategoryForm(categoryRenameInput, rename.mutateAsync, (c) => `Category renamed to “${c.name}”.`, onDone);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const slug = String(data.get("slug") ?? "").trim();
    const input = { id: node.id, name: String(data.get("name") ?? ""), ...(slug && slug !== node.slug ? { slug } : {}) };
    await form.submit(input);
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Rename category">
      {form.problem ? <Alert tone="danger">{form.problem}</Alert> : null}
      <TextField label="Name" name="name" required maxLength={80} defaultValue={node.name} autoFocus error={form.errors.name} />
      <TextField label="Slug" name="slug" maxLength={80} defaultValue={node.slug} error={form.errors.slug} hint="Changing it changes the category's storefront URL." />
      <Actions pending={rename.isPending} label="Save" onCancel={onCancel} />
    </form>
  );
}
