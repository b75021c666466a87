import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";
import styles from "./layout.module.css";

export const metadata: Metadata = {
  title: { default: "Incident Atlas", template: "%s · Incident Atlas" },
  description: "Structured, sourced records of violent incidents in Pakistan and Afghanistan.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className={styles.skipLink} href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
        <footer className={styles.siteFooter}>Incident Atlas · Boundaries: Natural Earth · Place names © GeoNames (geonames.org), CC BY 4.0</footer>
      </body>
    </html>
  );
}
