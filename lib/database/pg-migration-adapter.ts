import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// PostgreSQL's `name` type (identifiers in pg_catalog and information_schema).
const NAME_TYPE = 19;
const TEXT_TYPE = 25;

type Field = { dataTypeID: number };

function nameColumnsAsText<T>(result: T): T {
  const fields = (result as { fields?: Field[] } | undefined)?.fields;
  for (const field of fields ?? []) if (field.dataTypeID === NAME_TYPE) field.dataTypeID = TEXT_TYPE;
  return result;
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** Sends a migration's SQL as one simple query: PostgreSQL runs its statements in order, all or none. */
function wholeScripts(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

/**
 * The adapter `prisma migrate` uses on PostgreSQL, with two fixes to @prisma/adapter-pg 6.19.3:
 * - it refuses result columns of type `name`, which the schema engine's own catalogue queries return
 *   ("Column type 'name' could not be deserialized from the database", prisma/orm issue 27403), so no
 *   migrate command works: each pooled connection reports such columns as text (pg reads them as
 *   strings already);
 * - its executeScript() splits a migration at every ";", inside a function's $$ body and a comment too:
 *   the script goes to PostgreSQL whole instead.
 * The app's own client needs neither: its queries read the tables, and it runs no scripts.
 */
export function pgMigrationAdapter(connectionString: string): PrismaPg {
  const pool = new pg.Pool({ connectionString });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      // pool.query() passes a callback; the adapter's transactions await a promise.
      const last = args.at(-1);
      if (typeof last === "function") args[args.length - 1] = (error: unknown, result: unknown) => last(error, nameColumnsAsText(result));
      const answer = query(...args);
      return answer instanceof Promise ? answer.then(nameColumnsAsText) : answer;
    };
  });
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => wholeScripts(await connect(), pool);
  return factory;
}
