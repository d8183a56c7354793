import type { ReactNode } from 'react';
import 'react-roster/styles.css';

export const metadata = { title: 'Users — Roster on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
