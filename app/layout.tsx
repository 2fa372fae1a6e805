import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { StorageNotice } from '@/components/ui/storage-notice';
import { COURSE_PROMISE, COURSE_TITLE } from '@/content/course';
import { EARLY_CONTROLS_SCRIPT } from '@/lib/theme/early-controls';
import { THEME_SCRIPT } from '@/lib/theme/theme';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
  title: { default: `${COURSE_TITLE}: where to draw a service boundary`, template: `%s · ${COURSE_TITLE}` },
  description: COURSE_PROMISE,
  openGraph: { type: 'website', siteName: COURSE_TITLE, locale: 'en' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f141b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* Answers the theme toggle and search before hydration (lib/theme/early-controls.ts). */}
        <script dangerouslySetInnerHTML={{ __html: EARLY_CONTROLS_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <SiteHeader />
        {children}
        <StorageNotice />
      </body>
    </html>
  );
}
