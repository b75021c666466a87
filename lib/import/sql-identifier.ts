/** An SQLite identifier as a double-quoted name, for DDL built from sqlite_master's names. */
export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
