import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useOrg } from '../orgs/api';

/**
 * The org whose lists are shown (?org=, the user's own by default), its name and region code (the
 * prefix of its new entries), whether the user may edit, and whether withdrawn entries are shown.
 */
export function useListOrg() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? user.orgId;
  const org = useOrg(orgId);
  const mayEdit = can(user.roles, 'list.edit');
  const showWithdrawn = mayEdit && params.get('withdrawn') === '1';
  const update = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return {
    orgId,
    orgName: org.data?.name ?? '',
    regionCode: org.data?.regionCode ?? '',
    mayEdit,
    showWithdrawn,
    setOrg: (id: string | undefined) => update('org', id && id !== user.orgId ? id : null),
    setShowWithdrawn: (on: boolean) => update('withdrawn', on ? '1' : null),
  };
}

type ListOrg = ReturnType<typeof useListOrg>;

/** Org picker for every reader; 显示已停用 and 新增 for editors. `children` adds page filters. */
export function ListToolbar({ list, onAdd, children }: { list: ListOrg; onAdd: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Form.Item label={t('orgLists.org')} tooltip={t('orgLists.orgHint')} style={{ margin: 0 }}>
        <OrgTreeSelect value={list.orgId} onChange={list.setOrg} aria-label={t('orgLists.org')} />
      </Form.Item>
      {children}
      {list.mayEdit && (
        <>
          <Flex gap={6} align="center">
            <Switch size="small" checked={list.showWithdrawn} onChange={list.setShowWithdrawn} aria-label={t('orgLists.showWithdrawn')} />
            <span>{t('orgLists.showWithdrawn')}</span>
          </Flex>
          <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} disabled={!list.regionCode} data-testid="list-add">
            {t('orgLists.add')}
          </Button>
        </>
      )}
    </Flex>
  );
}
