import { Collapse, Drawer, Empty, Flex, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import type { ListHistory } from './api';

interface Props<C> {
  code: string;
  history: { isPending: boolean; isError: boolean; error: unknown; data?: ListHistory<C> };
  /** Shows one version's content: the checklist's items, the power item and its matters. */
  render: (content: C) => ReactNode;
  onClose: () => void;
}

/**
 * 历史: every version of the entry held by the org or its ancestors, newest first, each in full so
 * the wording applied on a given day can be read; the built-in entry they started from comes last.
 */
export function HistoryDrawer<C>({ code, history, render, onClose }: Props<C>) {
  const { t } = useTranslation();
  let body: ReactNode;
  if (history.isPending) body = <Spin />;
  else if (history.isError || !history.data) body = <ErrorAlert error={history.error} />;
  else {
    const { revisions, builtIn } = history.data;
    const items = revisions.map((r) => ({
      key: `${r.orgId}-${r.version}`,
      label: (
        <Flex wrap gap={6} align="center">
          <Typography.Text strong>{t('orgLists.version', { version: r.version })}</Typography.Text>
          <Tag color="blue">{r.orgName}</Tag>
          <Tag color={r.action === 'withdrawn' ? 'red' : 'green'}>{t(r.action === 'withdrawn' ? 'orgLists.actionWithdrawn' : 'orgLists.actionSaved')}</Tag>
          <Typography.Text type="secondary">{t('orgLists.by', { actor: r.actorName ?? t('orgLists.system'), at: formatDateTime(r.at) })}</Typography.Text>
        </Flex>
      ),
      children: (
        <>
          {r.reason && <Typography.Paragraph>{t('orgLists.withdrawnReason', { reason: r.reason })}</Typography.Paragraph>}
          {render(r.content)}
        </>
      ),
    }));
    if (builtIn) items.push({ key: 'builtIn', label: <Tag>{t('orgLists.builtInVersion')}</Tag>, children: <>{render(builtIn)}</> });
    body = (
      <>
        {revisions.length === 0 && <Empty description={t('orgLists.historyEmpty')} style={{ marginBottom: 16 }} />}
        <Collapse items={items} defaultActiveKey={items.length ? [items[0].key] : []} />
      </>
    );
  }
  return (
    <Drawer open onClose={onClose} size={880} title={t('orgLists.historyTitle', { code })} data-testid="list-history">
      {body}
    </Drawer>
  );
}
