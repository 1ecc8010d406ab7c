import { Card, Empty, Flex, Spin, Tabs, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import type { CitedChecklist } from './api';
import { ChecklistFormModal } from './ChecklistFormModal';
import { CheckItemTable } from './CheckItemTable';
import { EntryActions, EntrySourceTags } from './EntrySource';
import { HistoryDrawer } from './HistoryDrawer';
import { scopeLabel } from './labels';
import { useChecklistHistory, useChecklists, useWithdrawChecklist } from './lists-api';
import { ListToolbar, useListOrg } from './ListToolbar';
import { WithdrawModal } from './WithdrawModal';

type Dialog = { kind: 'edit'; entry?: CitedChecklist } | { kind: 'withdraw'; entry: CitedChecklist } | { kind: 'history'; code: string } | null;

function ChecklistPane({ checklist, actions }: { checklist: CitedChecklist; actions: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Flex justify="space-between" align="start" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex vertical gap={4}>
          <Typography.Text>
            <Typography.Text strong>{checklist.title}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {checklist.code} · {t('checklists.itemCount', { count: checklist.items.length })}
            </Typography.Text>
          </Typography.Text>
          <EntrySourceTags entry={checklist} />
        </Flex>
        {actions}
      </Flex>
      <CheckItemTable items={checklist.items} />
    </>
  );
}

function History({ code, orgId, onClose }: { code: string; orgId: string; onClose: () => void }) {
  const history = useChecklistHistory(code, orgId);
  return <HistoryDrawer code={code} history={history} render={(c) => <CheckItemTable items={c.items} />} onClose={onClose} />;
}

/** 检查表 in force for an org: the general one for every enterprise, then by industry and special area, then the org chain's own. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const list = useListOrg();
  const lists = useChecklists(list.orgId, list.showWithdrawn);
  const withdraw = useWithdrawChecklist();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);

  let body: ReactNode;
  if (lists.isPending) body = <Spin />;
  else if (lists.isError) body = <ErrorAlert error={lists.error} />;
  else if (lists.data.length === 0) body = <Empty />;
  else {
    const active = lists.data.find((c) => c.code === params.get('list'))?.code ?? lists.data[0].code;
    body = (
      <Tabs
        activeKey={active}
        onChange={(key) => setParams((p) => ({ ...Object.fromEntries(p), list: key }), { replace: true })}
        items={lists.data.map((c) => ({
          key: c.code,
          // Built-in lists are known by their scope; an org's own by their title.
          label: (
            <span>
              {c.addition ? c.title : scopeLabel(t, c.scope)} {c.withdrawn && <Tag color="red">{t('orgLists.withdrawn')}</Tag>}
            </span>
          ),
          children: (
            <ChecklistPane
              checklist={c}
              actions={
                <EntryActions
                  entry={c}
                  onEdit={list.mayEdit ? () => setDialog({ kind: 'edit', entry: c }) : undefined}
                  onRestore={list.mayEdit ? () => setDialog({ kind: 'edit', entry: c }) : undefined}
                  onWithdraw={list.mayEdit ? () => setDialog({ kind: 'withdraw', entry: c }) : undefined}
                  onHistory={() => setDialog({ kind: 'history', code: c.code })}
                />
              }
            />
          ),
        }))}
      />
    );
  }

  return (
    <>
      <PageTitle>{t('checklists.title')}</PageTitle>
      <Card>
        <ListToolbar list={list} onAdd={() => setDialog({ kind: 'edit' })} />
        {body}
      </Card>
      {dialog?.kind === 'edit' && (
        <ChecklistFormModal orgId={list.orgId} orgName={list.orgName} regionCode={list.regionCode} entry={dialog.entry} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'withdraw' && (
        <WithdrawModal
          name={`${dialog.entry.code} ${dialog.entry.title}`}
          orgName={list.orgName}
          pending={withdraw.isPending}
          onSubmit={(reason) => withdraw.mutateAsync({ code: dialog.entry.code, body: { orgId: list.orgId, reason } })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'history' && <History code={dialog.code} orgId={list.orgId} onClose={() => setDialog(null)} />}
    </>
  );
}
