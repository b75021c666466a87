import { CopyRefusal } from "./copy-refusal";
import type { ModelTable } from "./model-tables";
import { parentsFirst } from "./table-order";
import type { TargetCatalog } from "./target-catalog";

/** The model's tables in the order to write them (parents first), each checked to exist on the target with every column. */
export function planTables(model: readonly ModelTable[], catalog: TargetCatalog): ModelTable[] {
  for (const { table, columns } of model) {
    const types = catalog.columnTypes.get(table);
    const missing = types ? columns.find((c) => !types.has(c.name)) : undefined;
    if (!types || missing) {
      throw new CopyRefusal(`the target has no ${missing ? `column ${table}.${missing.name}` : `table ${table}`}: its schema is not this version's model`);
    }
  }
  const order = parentsFirst(
    model.map((t) => t.table),
    catalog.references,
  );
  return order.map((name) => model.find((t) => t.table === name)!);
}
