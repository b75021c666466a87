/** The main navigation: one entry per top-level page. */
export const NAV_LINKS = [
  { href: "/", label: "Overview" },
  { href: "/incidents", label: "Incidents" },
] as const;
