"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "@healio/ui";
import { categoryMoveInput } from "@healio/api/category/category.schema";
import { useTRPC } from "@healio/client/trpc";
import type { TreeNode } from "../category-options";
import { SelectField } from "../fields";
import { describeProblem } from "../problems";
import { Actions, ParentOptions, TOP_LEVEL, findParentId, type FormProps } from "./category-form-parts";

/** Move a category (and its subtree) under another parent; the server refuses cycles. */
export function MoveForm({ tree, node, onDone, onCancel }: FormProps & { tree: TreeNode[]; node: TreeNode }) {
  const trpc = useTRPC();
  const move = useMutation(trpc.category.move.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const current = findParentId(tree, node.id) ?? TOP_LEVEL;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parentId = String(new FormData(event.currentTarget).get("parentId") ?? "");
    const input = { id: node.id, parentId: parentId || null };
    const parsed = categoryMoveInput.safeParse(input);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? "Choose a parent.");
      return;
    }
    setProblem(null);
    setFieldError(null);
    try {
      await move.mutateAsync(input);
      await onDone(`Category “${node.name}” moved.`);
    } catch (e) {
      const p = describeProblem(e);
      setProblem(p.message);
      setFieldError(p.fieldErrors.parentId ?? null);
    }
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Move category">
      {problem ? (
        <Alert tone="danger" title="The category was not moved">
          {problem}
        </Alert>
      ) : null}
      {/* Descendants stay in the list: the server explains why they cannot be chosen. */}
      <SelectField
        label="New parent"
        name="parentId"
        defaultValue={current}
        error={fieldError ?? undefined}
        hint="Its subcategories and medicines move with it."
      >
        <ParentOptions tree={tree} exclude={new Set([node.id])} />
      </SelectField>
      <Actions pending={move.isPending} label="Move category" onCancel={onCancel} />
    </form>
  );
}
