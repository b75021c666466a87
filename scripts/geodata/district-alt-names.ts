/**
 * The spellings the press uses for a Persian/Pashto district name beside GeoNames' transliteration:
 * the ezafe link dropped or written "-i-" ("Nawah-ye Barakzai" -> "Nawah Barakzai", "Nawah-i-Barakzai")
 * and a final "-ah" written "-a" ("Nawah" -> "Nawa", "Marawarah" -> "Marawara").
 */
export function districtAltNames(name: string, extra: readonly string[]): string[] {
  const out = new Set<string>();
  const add = (n: string) => {
    const clean = n.trim().replace(/\s+/g, " ");
    if (clean && clean !== name) out.add(clean);
  };
  const finalA = (n: string) => n.replace(/\b([A-Za-z]{3,})ah\b/g, "$1a");
  for (const n of [name, ...extra]) {
    add(n);
    const unlinked = n.replace(/-(?:ye|e|i)\s+/gi, " ").replace(/-(?:ye|e|i)-/gi, " ");
    add(unlinked);
    add(n.replace(/-(?:ye|e)\s+/gi, "-i-"));
    add(finalA(n));
    add(finalA(unlinked));
  }
  return [...out];
}
