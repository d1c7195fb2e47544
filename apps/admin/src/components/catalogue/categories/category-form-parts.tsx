import { Button } from "@healio/ui";
import { flattenTree, indentedLabel, type TreeNode } from "../category-options";

/** The parent select's value for "no parent". */
export const TOP_LEVEL = "";

export type FormProps = { onDone: (message: string) => Promise<void>; onCancel: () => void };

export function Actions({ pending, label, danger, onCancel }: { pending: boolean; label: string; danger?: boolean; onCancel: () => void }) {
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

export function ParentOptions({ tree, exclude }: { tree: TreeNode[]; exclude?: Set<string> }) {
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

/** The id of the category's parent (null at the top level), undefined when it is not in the tree. */
export function findParentId(tree: readonly TreeNode[], id: string, parent: string | null = null): string | null | undefined {
  for (const node of tree) {
    if (node.id === id) return parent;
    const hit = findParentId(node.children, id, node.id);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
