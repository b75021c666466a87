import type { NextRequest } from "next/server";
import { describeFilter } from "@/components/filters/filter-values";
import { bulletinPdfResponse } from "@/lib/export/bulletin-pdf-response.server";

export const dynamic = "force-dynamic";

/** GET /bulletin.pdf: the bulletin (/bulletin) with the same parameters, as an A4 PDF made on the server. */
export function GET(request: NextRequest) {
  return bulletinPdfResponse(request, describeFilter);
}
