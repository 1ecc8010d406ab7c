import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PEOPLE_FIGURE_CODES } from '../../../../src/modules/people/contract';
import { can, ROLES } from '../../app/access';
import { useUser } from '../../app/auth';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { FilterForm } from '../../app/FilterForm';
import { parseList } from '../../app/useListQuery';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { AddPersonModal } from './AddPersonModal';
import type { PeopleFilter } from './api';
import { PeopleTable } from './PeopleTable';

const SPEC = { enums: { figure: PEOPLE_FIGURE_CODES }, sorts: [] as string[] };
type FigureKey = (typeof PEOPLE_FIGURE_CODES)[number] extends `people.${infer K}` ? K : never;

export function PeoplePage() {
  const { t } = useTranslation();
  const user = useUser();
  // 统计分析's drill-down (?figure=&orgId=&from=&to=): the accounts a figure counts, until taken off.
  const [params, setParams] = useSearchParams();
  const drill = parseList(params, SPEC).filter;
  const figure = drill.figure as (typeof PEOPLE_FIGURE_CODES)[number] | undefined;
  const [filter, setFilter] = useState<PeopleFilter>(() => (drill.orgId ? { orgId: drill.orgId } : {}));
  const shown: PeopleFilter = figure ? { ...filter, figure, from: drill.from, to: drill.to } : filter;
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
        {figure && (
          <FigureFilterAlert
            filter={drill}
            name={t(`people.figureNames.${figure.split('.')[1] as FigureKey}`)}
            onClear={() => setParams({}, { replace: true })}
          />
        )}
        <FilterForm<PeopleFilter>
          name="peopleFilter"
          initialValues={filter}
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
        <PeopleTable key={JSON.stringify(shown)} filter={shown} />
      </Card>
      {adding && <AddPersonModal defaultOrgId={filter.orgId ?? user.orgId} onClose={() => setAdding(false)} />}
    </>
  );
}
