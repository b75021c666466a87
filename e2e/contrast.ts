/** WCAG 2.x contrast ratio of two colours given as `rgb(...)`/`rgba(...)` (alpha ignored) or `#rrggbb`. */
export function contrast(a: string, b: string): number {
  const channels = (colour: string) =>
    colour.startsWith("#")
      ? [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
      : colour
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number);
  const luminance = (colour: string) => {
    const [r, g, bl] = channels(colour).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
