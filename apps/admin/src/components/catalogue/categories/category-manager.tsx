"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "@healio/ui";
import { useTRPC } from "@healio/client/trpc";
import { Dialog } from "../dialog";
import type { CategoryTree } from "../types";
import { CategoryList, type CategoryAction } from "./category-tree-list";
import { CreateForm } from "./create-category-form";
import { DeleteForm } from "./delete-category-form";
import { MoveForm } from "./move-category-form";
import { RenameForm } from "./rename-category-form";

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
  const [action, setAction] = useState<CategoryAction | null>(null);
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

