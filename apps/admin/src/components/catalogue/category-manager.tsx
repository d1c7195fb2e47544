"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Badge, Button, TextField } from "@healio/ui";
import {
  categoryCreateInput,
  categoryDeleteInput,
  categoryMoveInput,
  categoryRenameInput,
} from "@healio/api/category/category.schema";
import { useTRPC } from "@healio/client/trpc";
import { flattenTree, indentedLabel, subtreeIds, type TreeNode } from "./category-options";
import { Dialog } from "./dialog";
import { SelectField } from "./fields";
import { describeProblem, firstIssuePerField } from "./problems";
import type { CategoryTree } from "./types";

type Action =
  | { kind: "create"; parent: TreeNode | null }
  | { kind: "rename"; node: TreeNode }
  | { kind: "move"; node: TreeNode }
  | { kind: "delete"; node: TreeNode };

const count = new Intl.NumberFormat("en-US");
const TOP_LEVEL = "";

/**
 * Admin: the whole category tree with medicine counts (descendants included) and create /
 * rename / move / delete. The server has the last word: moving under a descendant and deleting
 * a category that still holds medicines or subcategories come back as CONFLICT, shown here —
 * the latter with a choice of where the contents should go.
 */
export function CategoryManager({ initialTree }: { initialTree: CategoryTree }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tree = useQuery(trpc.category.tree.queryOptions(undefined, { initialData: initialTree }));
  const [action, setAction] = useState<Action | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const nodes = tree.data ?? initialTree;

  async function done(message: string) {
    setAction(null);
    setFlash(message);
    await queryClient.invalidateQueries(trpc.category.tree.queryFilter());
  }

  return (
    <div className="hl-stack">
      <div className="hl-row hl-row--between">
        <p className="hl-muted hl-small">
          Counts are active medicines in a category and all of its subcategories.
        </p>
        <Button onClick={() => setAction({ kind: "create", parent: null })}>New top-level category</Button>
      </div>
      {flash ? (
        <Alert tone="success">
          {flash}
        </Alert>
      ) : null}
      {tree.isError ? <Alert tone="warning">The tree could not be refreshed; it may be out of date.</Alert> : null}

      <div className="hl-card">
        {nodes.length === 0 ? (
          <p className="hl-muted">No categories yet.</p>
        ) : (
          <CategoryList nodes={nodes} depth={0} onAction={(a) => { setFlash(null); setAction(a); }} />
        )}
      </div>

      <Dialog
        open={action !== null}
        onClose={() => setAction(null)}
        title={
          action?.kind === "create"
            ? action.parent
              ? `New subcategory of “${action.parent.name}”`
              : "New top-level category"
            : action?.kind === "rename"
              ? `Rename “${action.node.name}”`
              : action?.kind === "move"
                ? `Move “${action.node.name}”`
                : action?.kind === "delete"
                  ? `Delete “${action.node.name}”?`
                  : ""
        }
      >
        {action?.kind === "create" ? (
          <CreateForm tree={nodes} parent={action.parent} onDone={done} onCancel={() => setAction(null)} />
        ) : action?.kind === "rename" ? (
          <RenameForm node={action.node} onDone={done} onCancel={() => setAction(null)} />
        ) : action?.kind === "move" ? (
          <MoveForm tree={nodes} node={action.node} onDone={done} onCancel={() => setAction(null)} />
        ) : action?.kind === "delete" ? (
          <DeleteForm tree={nodes} node={action.node} onDone={done} onCancel={() => setAction(null)} />
        ) : null}
      </Dialog>
    </div>
  );
}

function CategoryList({ nodes, depth, onAction }: { nodes: TreeNode[]; depth: number; onAction: (a: Action) => void }) {
  return (
    <ul className={depth === 0 ? "category-tree" : "category-tree__children"} aria-label={depth === 0 ? "Category tree" : undefined}>
      {nodes.map((node) => (
        <li key={node.id} className="category-tree__item">
          <div className="category-tree__row">
            <div className="category-tree__label">
              <span className="category-tree__name">{node.name}</span>{" "}
              <span className="hl-small hl-muted">/{node.slug}</span>{" "}
              <Badge tone={node.medicineCount > 0 ? "primary" : "neutral"}>
                {count.format(node.medicineCount)} medicine{node.medicineCount === 1 ? "" : "s"}
              </Badge>
            </div>
            <div className="category-tree__actions">
              <Button size="sm" variant="ghost" aria-label={`Add a subcategory to ${node.name}`} onClick={() => onAction({ kind: "create", parent: node })}>
                Add subcategory
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Rename ${node.name}`} onClick={() => onAction({ kind: "rename", node })}>
                Rename
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Move ${node.name}`} onClick={() => onAction({ kind: "move", node })}>
                Move
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Delete ${node.name}`} onClick={() => onAction({ kind: "delete", node })}>
                Delete
              </Button>
            </div>
          </div>
          {node.children.length > 0 ? <CategoryList nodes={node.children} depth={depth + 1} onAction={onAction} /> : null}
        </li>
      ))}
    </ul>
  );
}

type FormProps = { onDone: (message: string) => Promise<void>; onCancel: () => void };

function Actions({ pending, label, danger, onCancel }: { pending: boolean; label: string; danger?: boolean; onCancel: () => void }) {
  return (
    <div className="hl-row">
      <Button type="submit" variant={danger ? "danger" : "primary"} loading={pending}>
        {label}
      </Button>
      <Button variant="ghost" onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
    </div>
  );
}

function ParentOptions({ tree, exclude }: { tree: TreeNode[]; exclude?: Set<string> }) {
  return (
    <>
      <option value={TOP_LEVEL}>(Top level)</option>
      {flattenTree(tree)
        .filter((o) => !exclude?.has(o.id))
        .map((o) => (
          <option key={o.id} value={o.id} title={o.path}>
            {indentedLabel(o)}
          </option>
        ))}
    </>
  );
}

function CreateForm({ tree, parent, onDone, onCancel }: FormProps & { tree: TreeNode[]; parent: TreeNode | null }) {
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

function RenameForm({ node, onDone, onCancel }: FormProps & { node: TreeNode }) {
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

function MoveForm({ tree, node, onDone, onCancel }: FormProps & { tree: TreeNode[]; node: TreeNode }) {
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

function DeleteForm({ tree, node, onDone, onCancel }: FormProps & { tree: TreeNode[]; node: TreeNode }) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.category.delete.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);
  /** Set once the server refused because the category is not empty. */
  const [needsTarget, setNeedsTarget] = useState(false);
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
      ) : (
        <p>This cannot be undone.</p>
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

function findParentId(tree: readonly TreeNode[], id: string, parent: string | null = null): string | null | undefined {
  for (const node of tree) {
    if (node.id === id) return parent;
    const hit = findParentId(node.children, id, node.id);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
