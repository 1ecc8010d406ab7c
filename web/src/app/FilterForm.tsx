import { ConfigProvider, Form, type FormProps, Grid } from 'antd';
import type { ReactNode } from 'react';

// Stacked filters sit closer together than the fields of an editing form.
const STACKED = { components: { Form: { itemMarginBottom: 12 } } };

/**
 * A list's filter row. From 576 px up its fields sit side by side (antd's inline form); on a phone
 * each label goes above its field, so a long label and its field never push the page wider than
 * the screen (WCAG 1.4.10 reflow). A field given a width keeps `maxWidth: '100%'` for the same reason.
 */
export function FilterForm<T>(props: Omit<FormProps<T>, 'layout' | 'children'> & { children?: ReactNode }) {
  const { sm } = Grid.useBreakpoint();
  if (sm !== false) return <Form<T> {...props} layout="inline" />;
  return (
    <ConfigProvider theme={STACKED}>
      <Form<T> {...props} layout="vertical" />
    </ConfigProvider>
  );
}
