import "server-only";
import type { NextRequest } from "next/server";
import { apiError, retryLater } from "@/lib/api/responses";
import { siteOrigin } from "@/lib/auth/invite-link";
import { env } from "@/lib/env.server";
import { createConcurrencyLimit } from "@/lib/limits/concurrency-limit";
import { LOAD_LIMITS } from "@/lib/limits/load-limits";
import { processWide } from "@/lib/limits/process-wide";
import { requestClient } from "@/lib/limits/request-client.server";
import { toFieldErrors } from "@/lib/validation/field-errors";
import { filterToSearchParams, type IncidentFilter } from "@/lib/incidents/filter/filter";
import { parseRequestFilter } from "@/lib/incidents/filter/request-filter.server";
import { bulletinFor } from "@/lib/incidents/bulletin/bulletin.server";
import { parseBulletinPeriod } from "@/lib/incidents/bulletin/bulletin-period";
import { bulletinQuery } from "@/lib/incidents/bulletin/bulletin-query";
import { bulletinPdf } from "@/lib/incidents/bulletin/pdf/bulletin-pdf.server";

const running = processWide("bulletin-pdfs-running", () => createConcurrencyLimit({ perKey: LOAD_LIMITS.bulletinPdfsPerClient }));

/**
 * The bulletin PDF for a request: its parameters read strictly, as the API reads them (400 with the
 * field's message), the reader's visibility applied (decision 017), at most a few at once per client.
 * `describeFilter` is the filter chips' wording, passed in by the route (lib does not import components).
 */
export async function bulletinPdfResponse(request: NextRequest, describeFilter: (filter: IncidentFilter) => string[]): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const [filter, period] = [await parseRequestFilter(request, params), parseBulletinPeriod(params)];
  if (!filter.success || !period.success) {
    const fields = { ...(filter.success ? {} : toFieldErrors(filter.error)), ...(period.success ? {} : toFieldErrors(period.error)) };
    return apiError(400, "bad_request", "The bulletin's parameters are not valid", fields);
  }
  const release = running.enter(await requestClient(request));
  if (!release) return retryLater(429, `At most ${LOAD_LIMITS.bulletinPdfsPerClient} bulletin PDFs can be made at once for one client.`, 5);
  try {
    const bulletin = await bulletinFor(filter.data, period.data.month);
    if (!bulletin) return apiError(404, "not_found", "No incident matches the filter, so it gives no period: add month=YYYY-MM");
    const filterQuery = filterToSearchParams(filter.data).toString();
    const pdf = await bulletinPdf(bulletin, {
      origin: siteOrigin(env.BETTER_AUTH_URL, request.headers),
      filterQuery,
      bulletinQuery: bulletinQuery(filterQuery, period.data.month),
      filterLines: describeFilter(filter.data),
    });
    const name = `incident-atlas-bulletin-${bulletin.period.from}-${bulletin.period.to}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } finally {
    release();
  }
}
