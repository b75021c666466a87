import type { Db } from "@/lib/create-db";

/** The two analysts the review tests use: one submits, the other reviews. */
export const amina = { id: "u-amina", role: "analyst" } as const;
export const bilal = { id: "u-bilal", role: "analyst" } as const;

/** Creates them in a fresh test database (History stores their names). */
export async function createTwoAnalysts(db: Db): Promise<void> {
  for (const [id, name] of [
    [amina.id, "Amina Khan"],
    [bilal.id, "Bilal Ahmed"],
  ] as const)
    await db.user.create({ data: { id, name, email: `${id}@example.org`, role: "analyst" } });
}
