import type { NextRequest } from "next/server";
import { exportResponse } from "@/lib/export/export-response.server";

export const dynamic = "force-dynamic";

/** GET /api/export.csv: the incidents matching the filter parameters, streamed. `bom=1` starts the file with a UTF-8 byte order mark for Excel. */
export function GET(request: NextRequest) {
  return exportResponse(request, "csv");
}
