import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cite } from '../../../../src/modules/catalogue/citation';
import type { CheckItem } from '../../../../src/modules/catalogue/standards/types';

type Item = CheckItem & { citation?: string };

/** A checklist's items; stored versions in the history carry no citation, so it is made here the server's way. */
export function CheckItemTable({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Item> = [
    { title: t('checklists.code'), dataIndex: 'code', key: 'code' },
    { title: t('checklists.item'), dataIndex: 'text', key: 'text', width: 420 },
    { title: t('checklists.basis'), key: 'citation', width: 240, render: (_, i) => i.citation ?? cite(i.basis) },
    {
      title: t('checklists.violationType'),
      dataIndex: 'violationTypeCode',
      key: 'violationTypeCode',
      render: (code?: string) =>
        code && (
          <Link to={`/catalogue/violations/${encodeURIComponent(code)}`}>
            <Tag color="blue">{code}</Tag>
          </Link>
        ),
    },
    {
      title: t('checklists.majorHazard'),
      dataIndex: 'majorHazardCode',
      key: 'majorHazardCode',
      render: (code?: string) =>
        code && (
          <Link to={`/catalogue/major-hazards#${code}`}>
            <Tag color="red">{code}</Tag>
          </Link>
        ),
    },
  ];
  return <Table<Item> rowKey="code" size="middle" columns={columns} dataSource={items} pagination={false} scroll={{ x: 'max-content' }} />;
}
