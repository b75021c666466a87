/** The tile layer, from configuration. No NEXT_PUBLIC_TILE_URL, or an empty one, means bundled basemap only. */
export type TileConfig = { url: string | null; attribution: string };

/**
 * Read at request time on the server, so changing the setting needs no rebuild. Atlas draws its own
 * basemap (docs/decisions/002-offline-maps.md) and asks no tile server unless one is configured: on
 * an air-gapped network every tile request fails, and each would leave an error in the console.
 */
export function tileConfig(env: Record<string, string | undefined> = process.env): TileConfig {
  const url = env.NEXT_PUBLIC_TILE_URL?.trim();
  return { url: url ? url : null, attribution: url ? (env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? "") : "" };
}

/** The tile server's host, for telling the analyst which server failed: `{s}.tile.example.org/{z}/…` -> `tile.example.org`. */
export function tileHost(url: string): string {
  try {
    return new URL(url.replace("{s}.", "").replace(/\{[a-z]+\}/g, "0")).host;
  } catch {
    return url;
  }
}
