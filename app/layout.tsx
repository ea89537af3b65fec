import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getSiteUrl, SITE_COLORS, SITE_NAME } from '@/lib/config/site';
import { getSubjects } from '@/lib/data';
import { feedAlternate } from '@/lib/seo/metadata';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(getSiteUrl()),
  applicationName: SITE_NAME,
  alternates: { types: feedAlternate() },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: SITE_COLORS.paper },
    { media: '(prefers-color-scheme: dark)', color: SITE_COLORS.night },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className={[
            'sr-only rounded-md bg-brand-700 px-4 py-2 text-white focus:not-sr-only focus:absolute',
            'focus:top-2 focus:left-2 focus:z-50',
          ].join(' ')}
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 outline-none">
          {children}
        </main>
        <SiteFooter subjects={await getSubjects()} />
      </body>
    </html>
  );
}
