/** The tile layer, from configuration. An empty NEXT_PUBLIC_TILE_URL means bundled basemap only. */
export type TileConfig = { url: string | null; attribution: string };

const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const DEFAULT_ATTRIBUTION = "&copy; OpenStreetMap contributors";

/** Read at request time on the server, so changing the setting needs no rebuild. */
export function tileConfig(env: Record<string, string | undefined> = process.env): TileConfig {
  const url = env.NEXT_PUBLIC_TILE_URL ?? DEFAULT_TILE_URL;
  return {
    url: url.trim() ? url.trim() : null,
    attribution: env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? DEFAULT_ATTRIBUTION,
  };
}
