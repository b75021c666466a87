/** The main navigation: one entry per top-level page. */
export const NAV_LINKS = [
  { href: "/", label: "Overview" },
  { href: "/incidents", label: "Incidents" },
  { href: "/import", label: "Import" },
  { href: "/api/docs", label: "API" },
  { href: "/incidents/new", label: "New incident" },
  { href: "/incidents/new/from-article", label: "New from article" },
  { href: "/incidents/trash", label: "Trash" },
] as const;
