/**
 * The tables in an order that writes every row after the rows it refers to: each table after the
 * tables its foreign keys point at. A reference to itself is left to the order of its rows; a circle
 * between tables cannot be written this way and is refused.
 */
export function parentsFirst(tables: readonly string[], references: ReadonlyArray<{ from: string; to: string }>): string[] {
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (table: string, path: string[]) => {
    if (state.get(table) === "done") return;
    if (state.get(table) === "visiting") throw new Error(`Foreign keys form a circle: ${[...path, table].join(" -> ")}`);
    state.set(table, "visiting");
    for (const { from, to } of references) if (from === table && to !== table && tables.includes(to)) visit(to, [...path, table]);
    state.set(table, "done");
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}
