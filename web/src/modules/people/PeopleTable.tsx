import { App, Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { AddCredentialModal } from './AddCredentialModal';
import { usePeople, useUnlock, type PeopleFilter, type Person } from './api';
import { EditRolesModal } from './EditRolesModal';
import { AccountStatus, CredentialList, isLocked, RoleTags } from './PersonTags';

interface Props {
  /** Changing the filter should remount the table (via `key`) so paging restarts at page 1. */
  filter: PeopleFilter;
}

export function PeopleTable({ filter }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editingRoles, setEditingRoles] = useState<Person | null>(null);
  const [addingCredential, setAddingCredential] = useState<Person | null>(null);
  const people = usePeople(filter, paging.page, paging.pageSize);
  const unlock = useUnlock();

  const mayEditRoles = can(user.roles, 'person.setRoles');
  const mayUnlock = can(user.roles, 'person.unlock');
  const mayAddCredential = can(user.roles, 'credential.add');

  async function onUnlock(person: Person) {
    try {
      await unlock.mutateAsync(person.id);
      void message.success(t('people.unlocked'));
    } catch (error) {
      reportError(error);
    }
  }

  const columns: TableColumnsType<Person> = [
    { title: t('people.name'), dataIndex: 'displayName', key: 'displayName' },
    { title: t('people.username'), dataIndex: 'username', key: 'username' },
    { title: t('people.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('people.roles'), key: 'roles', render: (_, p) => <RoleTags roles={p.roles} /> },
    {
      title: t('people.credentials'),
      key: 'credentials',
      render: (_, p) => <CredentialList credentials={p.credentials} />,
    },
    { title: t('people.lockStatus'), key: 'status', render: (_, p) => <AccountStatus person={p} /> },
  ];
  if (mayEditRoles || mayUnlock || mayAddCredential) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Flex wrap gap={4}>
          {mayAddCredential && (
            <Button size="small" onClick={() => setAddingCredential(p)}>
              {t('people.addCredential')}
            </Button>
          )}
          {mayEditRoles && (
            <Button size="small" onClick={() => setEditingRoles(p)}>
              {t('people.editRoles')}
            </Button>
          )}
          {mayUnlock && isLocked(p) && (
            <Popconfirm
              title={t('people.unlockConfirm', { name: p.displayName })}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => onUnlock(p)}
            >
              <Button size="small" danger>
                {t('people.unlock')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    });
  }

  return (
    <>
      {people.isError && <ErrorAlert error={people.error} />}
      <Table<Person>
        rowKey="id"
        columns={columns}
        dataSource={people.data?.items}
        loading={people.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: people.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
      {editingRoles && <EditRolesModal person={editingRoles} onClose={() => setEditingRoles(null)} />}
      {addingCredential && <AddCredentialModal person={addingCredential} onClose={() => setAddingCredential(null)} />}
    </>
  );
}
