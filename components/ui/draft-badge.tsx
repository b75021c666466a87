/** " Draft" after an incident's title wherever it is listed or shown; nothing for a published one. */
export function DraftBadge({ status }: { status: string }) {
  if (status !== "draft") return null;
  return (
    <>
      {" "}
      <span className="badge draft">Draft</span>
    </>
  );
}
