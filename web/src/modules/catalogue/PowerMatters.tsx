import { Descriptions, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnforcementMatter, PowerItem } from '../../../../src/modules/catalogue/standards/types';

/** What one power item breaks down into: its 行政执法事项, and the duties and liabilities it carries. */
export function PowerMatters({ item, matters }: { item: PowerItem; matters: EnforcementMatter[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<EnforcementMatter> = [
    { title: t('powers.matterCode'), dataIndex: 'code', key: 'code' },
    { title: t('powers.matterName'), dataIndex: 'name', key: 'name' },
    { title: t('powers.level'), dataIndex: 'level', key: 'level', render: (level: EnforcementMatter['level']) => t(`orgLevels.${level}`) },
  ];
  return (
    <>
      <Table<EnforcementMatter>
        rowKey="code"
        size="small"
        title={() => t('powers.matters', { count: matters.length })}
        columns={columns}
        dataSource={matters}
        pagination={false}
        style={{ marginBottom: 12 }}
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'responsibilities', label: t('powers.responsibilities'), children: item.responsibilities },
          { key: 'accountability', label: t('powers.accountability'), children: item.accountability },
        ]}
      />
    </>
  );
}
