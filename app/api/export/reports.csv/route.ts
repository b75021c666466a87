import type { NextRequest } from "next/server";
import { exportResponse } from "@/lib/export/export-response.server";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/reports.csv: one row per incident and source of the incidents matching the filter
 * parameters, with every figure the source reports and its quote, streamed. `bom=1` as the other CSV.
 */
export function GET(request: NextRequest) {
  return exportResponse(request, "reports");
}
