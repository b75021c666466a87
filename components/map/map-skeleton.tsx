/** What a map's frame shows while Leaflet's code loads: the frame's size, and a status for screen readers. */
export function MapSkeleton({ className }: { className: string }) {
  return (
    <div className={`${className} skeleton`} role="status">
      <span className="visually-hidden">Loading map…</span>
    </div>
  );
}
