/** A category tree node as category.tree returns it (only what pickers need). */
export type TreeNode = { id: string; name: string; slug: string; medicineCount: number; children: TreeNode[] };

export type CategoryOption = { id: string; name: string; depth: number; path: string };

/** Depth-first, in tree order: the options of a "tree select" (any node can be chosen). */
export function flattenTree(tree: readonly TreeNode[], depth = 0, parents: string[] = []): CategoryOption[] {
  return tree.flatMap((node) => [
    { id: node.id, name: node.name, depth, path: [...parents, node.name].join(" › ") },
    ...flattenTree(node.children, depth + 1, [...parents, node.name]),
  ]);
}

/** Option text that shows the depth (select options cannot be styled): "— — Headache". */
export function indentedLabel(option: CategoryOption): string {
  return `${"\u2014 ".repeat(option.depth)}${option.name}`;
}

/** The ids of a node and everything below it. */
export function subtreeIds(tree: readonly TreeNode[], id: string): Set<string> {
  const ids = new Set<string>();
  const walk = (nodes: readonly TreeNode[], inside: boolean) => {
    for (const node of nodes) {
      const hit = inside || node.id === id;
      if (hit) ids.add(node.id);
      walk(node.children, hit);
    }
  };
  walk(tree, false);
  return ids;
}
