import { notFound } from "next/navigation";
import { NaiveMarkerMap } from "@/components/map/naive-marker-map";
import { IncidentFilterSchema } from "@/lib/incidents/filter/filter";
import { naiveMapRows } from "@/lib/bench/naive-map.server";

export const dynamic = "force-dynamic";

/**
 * The benchmark's baseline (npm run bench): the overview's map built naively, one react-leaflet
 * <Marker> per incident with all rows sent as props. Exists only when the server runs with
 * ATLAS_BENCH=1; otherwise 404.
 */
export default async function NaiveMapPage() {
  if (process.env.ATLAS_BENCH !== "1") notFound();
  const rows = await naiveMapRows(IncidentFilterSchema.parse({}));
  return <NaiveMarkerMap rows={rows.map((r) => ({ id: r.id, title: r.title, lat: r.latitude!, lng: r.longitude!, killed: r.killedTotal }))} />;
}
