import styles from "./trend-chart.module.css";

/**
 * A chart drawn twice on the server, for wide and narrow screens, so its text stays legible at
 * either size (an SVG scaled from 960 to 340 pixels would shrink its labels threefold). CSS shows one.
 */
export function ResponsivePlot({ draw }: { draw: (width: number | undefined) => string }) {
  return (
    <>
      <div className={styles.wide} dangerouslySetInnerHTML={{ __html: draw(undefined) }} />
      <div className={styles.narrow} dangerouslySetInnerHTML={{ __html: draw(NARROW_WIDTH) }} />
    </>
  );
}

/** The narrow drawing's width: a 390-pixel phone's content column. */
export const NARROW_WIDTH = 340;
