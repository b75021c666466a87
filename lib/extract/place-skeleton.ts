import { normalisePlaceName } from "@/lib/geo/normalise-place-name";

/**
 * A name's consonant skeleton, so transliterations meet: Guzara/Guzarah, Gurboz/Gurbuz,
 * Noshki/Nushki, Pul-e-Khumri/Pol-e-Khomri. The first letter is kept; vowels, doubled letters,
 * the h of kh/gh/sh/ph and a final h are dropped.
 */
export function placeSkeleton(name: string): string {
  const compact = normalisePlaceName(name).replace(/ /g, "");
  if (!compact) return "";
  const rest = compact
    .slice(1)
    .replace(/q/g, "k")
    .replace(/([kgsp])h/g, "$1")
    .replace(/[aeiouy]/g, "")
    .replace(/(.)\1+/g, "$1")
    .replace(/h$/, "");
  return compact[0] + rest;
}
