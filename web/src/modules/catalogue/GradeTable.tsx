import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenchmarkGrade } from './api';
import { FineText, GradeTag } from './labels';

/** The four 情节档次 of one benchmark version, with the bands the statute gives each party. */
export function GradeTable({ grades }: { grades: BenchmarkGrade[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<BenchmarkGrade> = [
    { title: t('benchmarks.grade'), dataIndex: 'grade', key: 'grade', render: (_, g) => <GradeTag grade={g.grade} /> },
    ...(grades.some((g) => g.unitFine)
      ? [{ title: t('violations.unitFine'), key: 'unitFine', render: (_: unknown, g: BenchmarkGrade) => <FineText range={g.unitFine} /> }]
      : []),
    ...(grades.some((g) => g.personFine)
      ? [{ title: t('violations.personFine'), key: 'personFine', render: (_: unknown, g: BenchmarkGrade) => <FineText range={g.personFine} /> }]
      : []),
    { title: t('benchmarks.circumstances'), dataIndex: 'circumstances', key: 'circumstances' },
  ];
  return <Table<BenchmarkGrade> rowKey="grade" size="small" columns={columns} dataSource={grades} pagination={false} />;
}

/** A stage with no fixed-range fine for anyone has nothing to grade (e.g. 第九十三条第一款, formula fines). */
export const hasBands = (grades: BenchmarkGrade[]) => grades.some((g) => g.unitFine || g.personFine);
