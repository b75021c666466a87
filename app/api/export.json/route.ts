import type { NextRequest } from "next/server";
import { exportResponse } from "@/lib/export/export-response.server";

export const dynamic = "force-dynamic";

/** GET /api/export.json: the incidents matching the filter parameters, streamed. */
export function GET(request: NextRequest) {
  return exportResponse(request, "json");
}
