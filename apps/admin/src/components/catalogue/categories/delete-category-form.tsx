"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "@healio/ui";
import { categoryDeleteInput } from "@healio/api/category/category.schema";
import { useTRPC } from "@healio/client/trpc";
import { flattenTree, indentedLabel, subtreeIds, type TreeNode } from "../category-options";
import { SelectField } from "../fields";
import { count } from "./category-tree-list";
import { describeProblem } from "../problems";
import { Actions, type FormProps } from "./category-form-parts";

/** Delete a category, first saying what it holds and where its contents should go. */
export function DeleteForm({ tree, node, onDone, onCancel }: FormProps & { tree: TreeNode[]; node: TreeNode }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.category.delete.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  // The tree counts active medicines; the server also counts archived ones and may still refuse.
  const holds = { medicines: node.medicineCount, subcategories: node.children.length };
  const [needsTarget, setNeedsTarget] = useState(holds.medicines + holds.subcategories > 0);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const blocked = subtreeIds(tree, node.id);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = String(new FormData(event.currentTarget).get("reassignTo") ?? "");
    if (needsTarget && !target) {
      setFieldError("Choose where its medicines and subcategories should go.");
      return;
    }
    const input = { id: node.id, ...(needsTarget ? { reassignTo: target } : {}) };
    const parsed = categoryDeleteInput.safeParse(input);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? "Invalid input.");
      return;
    }
    setProblem(null);
    setFieldError(null);
    try {
      const result = await remove.mutateAsync(input);
      const moved =
        result.medicinesMoved + result.childrenMoved > 0
          ? ` ${count.format(result.medicinesMoved)} medicine(s) and ${count.format(result.childrenMoved)} subcategory(ies) were moved.`
          : "";
      await onDone(`Category “${node.name}” deleted.${moved}`);
    } catch (e) {
      const p = describeProblem(e);
      setProblem(p.message);
      if (p.code === "CONFLICT" && p.details && ("medicineCount" in p.details || "childCount" in p.details)) {
        setNeedsTarget(true);
      } else if (p.fieldErrors.reassignTo) {
        setFieldError(p.fieldErrors.reassignTo);
      }
    }
  }

  return (
    <form className="hl-form" noValidate onSubmit={onSubmit} aria-label="Delete category">
      {problem ? (
        <Alert tone={needsTarget ? "warning" : "danger"} title="The category was not deleted">
          {problem}
        </Alert>
      ) : needsTarget ? (
        <p>
          “{node.name}” holds {count.format(holds.medicines)} active medicine{holds.medicines === 1 ? "" : "s"} (its subcategories
          included) and {count.format(holds.subcategories)} subcategor{holds.subcategories === 1 ? "y" : "ies"}. Choose where they
          go; the category is then deleted. This cannot be undone.
        </p>
      ) : (
        <p>“{node.name}” is empty. Deleting it cannot be undone.</p>
      )}
      {needsTarget ? (
        <SelectField
          label="Move its medicines and subcategories to"
          name="reassignTo"
          defaultValue=""
          required
          error={fieldError ?? undefined}
          hint="Subcategories keep their own subtrees."
        >
          <option value="" disabled>
            Choose a category…
          </option>
          {flattenTree(tree)
            .filter((o) => !blocked.has(o.id))
            .map((o) => (
              <option key={o.id} value={o.id} title={o.path}>
                {indentedLabel(o)}
              </option>
            ))}
        </SelectField>
      ) : fieldError ? (
        <p className="hl-field__error">{fieldError}</p>
      ) : null}
      <Actions
        pending={remove.isPending}
        label={needsTarget ? "Move contents and delete" : "Delete category"}
        danger
        onCancel={onCancel}
      />
    </form>
  );
}
