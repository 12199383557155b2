import Link from "next/link";
import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";
import { Providers } from "./providers";

// Bundled from npm: next/font/google would need the network at build time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

const DESCRIPTION = "Structured, sourced facts from war dispatches: every number linked to the sentence that states it.";

export const metadata: Metadata = {
  title: { default: "Factboard", template: "%s · Factboard" },
  description: DESCRIPTION,
  // Link previews (chat apps, social sites) show the name, the promise and the card image.
  openGraph: { type: "website", siteName: "Factboard", title: "Factboard", description: DESCRIPTION },
  twitter: { card: "summary", title: "Factboard", description: DESCRIPTION },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so Next can put this response's CSP nonce on its scripts
  // (proxy.ts); a page prerendered at build time would carry none and its scripts would be blocked.
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-slate-900">
          Skip to content
        </a>
        <Providers>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-7xl px-3 pb-16 sm:px-6">
            {children}
          </main>
          <footer className="mx-auto w-full max-w-7xl border-t border-slate-200 px-3 py-4 text-xs text-slate-600 sm:px-6 dark:border-slate-800 dark:text-slate-400">
            Every number links back to the sentence that states it. Reading is public;{" "}
            <Link href="/review" className="underline">
              reviewing facts
            </Link>{" "}
            needs a reviewer account. API and CSV: see the README.
          </footer>
        </Providers>
      </body>
    </html>
  );
}
