import { Badge, Button } from "@healio/ui";
import type { TreeNode } from "../category-options";

/** What the admin asked to do with a category (opens the matching dialog). */
export type CategoryAction =
  | { kind: "create"; parent: TreeNode | null }
  | { kind: "rename"; node: TreeNode }
  | { kind: "move"; node: TreeNode }
  | { kind: "delete"; node: TreeNode };

export const count = new Intl.NumberFormat("en-US");

/** The tree, nested lists with each category's medicine count and its actions. */
export function CategoryList({ nodes, depth, onAction }: { nodes: TreeNode[]; depth: number; onAction: (a: CategoryAction) => void }) {
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
