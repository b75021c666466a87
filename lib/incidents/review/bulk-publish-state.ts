/** What bulk publishing answers: per record ticked, whether it was published and why not. */
export type BulkPublishState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "done"; outcomes: { incidentId: number; title: string; published: boolean; message: string }[] };
