import type { Action } from "@/lib/auth/roles";

type NavEntry = { href: string; label: string; requires?: Action };

/** The main navigation: one entry per top-level page; `requires` hides it from those who may not (decision 005). */
export const NAV_LINKS: readonly NavEntry[] = [
  { href: "/", label: "Overview" },
  { href: "/trends", label: "Trends" },
  { href: "/bulletin", label: "Bulletin" },
  { href: "/incidents", label: "Incidents" },
  { href: "/review", label: "Review", requires: "incident:review" },
  { href: "/import", label: "Import", requires: "incident:write" },
  { href: "/api/docs", label: "API" },
  { href: "/incidents/new", label: "New incident", requires: "incident:write" },
  { href: "/incidents/new/from-article", label: "New from article", requires: "incident:write" },
  { href: "/incidents/trash", label: "Trash", requires: "incident:write" },
];
