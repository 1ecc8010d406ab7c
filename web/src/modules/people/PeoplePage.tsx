import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can, ROLES } from '../../app/access';
import { useUser } from '../../app/auth';
import { FilterForm } from '../../app/FilterForm';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { AddPersonModal } from './AddPersonModal';
import type { PeopleFilter } from './api';
import { PeopleTable } from './PeopleTable';

export function PeoplePage() {
  const { t } = useTranslation();
  const user = useUser();
  const [filter, setFilter] = useState<PeopleFilter>({});
  const [adding, setAdding] = useState(false);

  return (
    <>
      <Flex justify="space-between" align="center">
        <PageTitle>{t('people.title')}</PageTitle>
        {can(user.roles, 'person.create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('people.add')}
          </Button>
        )}
      </Flex>
      <Card>
        <FilterForm<PeopleFilter>
          name="peopleFilter"
          style={{ marginBottom: 16, rowGap: 8 }}
          // The search box applies on Enter / button press; the selects apply as soon as they change.
          onValuesChange={(changed: PeopleFilter) => {
            if (!('q' in changed)) setFilter((f) => ({ ...f, ...changed }));
          }}
        >
          <Form.Item name="orgId" label={t('people.filterOrg')}>
            <OrgTreeSelect allowClear placeholder={t('people.filterOrgPlaceholder')} />
          </Form.Item>
          <Form.Item name="q" label={t('people.filterQuery')}>
            <Input.Search allowClear enterButton={t('common.search')} onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() || undefined }))} />
          </Form.Item>
          <Form.Item name="role" label={t('people.filterRole')}>
            <Select
              allowClear
              placeholder={t('people.filterRolePlaceholder')}
              style={{ minWidth: 160 }}
              options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            />
          </Form.Item>
        </FilterForm>
        <PeopleTable key={JSON.stringify(filter)} filter={filter} />
      </Card>
      {adding && <AddPersonModal defaultOrgId={filter.orgId ?? user.orgId} onClose={() => setAdding(false)} />}
    </>
  );
}
