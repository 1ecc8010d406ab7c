import { Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import { LanguageToggle } from '../../app/LanguageToggle';

/** Centered card for the pages shown outside the app shell. */
export function AuthCard({ children }: { children: ReactNode }) {
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <main style={{ width: '100%', maxWidth: 420 }}>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <LanguageToggle />
        </Flex>
        <Card>{children}</Card>
      </main>
    </Flex>
  );
}
