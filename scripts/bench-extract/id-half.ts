/**
 * Split a set by the parity of its ids' numbers ("w01" odd, "w02" even), so a round can tune on one half and
 * only read the other's figures (decision 011, the round on the blind set).
 */
export type IdHalf = "odd" | "even";

export function parseIdHalf(value: string | undefined): IdHalf | undefined {
  if (value === undefined) return undefined;
  if (value === "odd" || value === "even") return value;
  throw new Error(`--ids must be "odd" or "even", got "${value}"`);
}

/** The number is the one right after the id's letter ("w06-dawn-bannu-2017" is 6), not the year at its end. */
export function inIdHalf(id: string, half: IdHalf): boolean {
  const digits = /^[a-z]+(\d+)/i.exec(id)?.[1];
  if (!digits) return false;
  return (Number(digits) % 2 === 1) === (half === "odd");
}

/** The sets --ids splits: those tuned on by halves (decision 011), or those --halve names ("--halve=spare"). */
export const HALVED_BY_DEFAULT: readonly string[] = ["blind", "reserve", "spare", "sealed", "locked", "vault"];

export function parseHalvedSets(value: string | undefined): ReadonlySet<string> {
  if (value === undefined || value === "") return new Set(HALVED_BY_DEFAULT);
  const names = value.split(",");
  const unknown = names.filter((n) => !HALVED_BY_DEFAULT.includes(n));
  if (unknown.length) throw new Error(`--halve takes ${HALVED_BY_DEFAULT.join(" or ")}, got "${unknown.join(",")}"`);
  return new Set(names);
}
