import { Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CircumstanceGrade } from '../../../../src/modules/catalogue/benchmark';
import type { FineRange, Party } from '../../../../src/modules/catalogue/law/types';
import { formatFineRange } from '../../app/format';
import { BandInput, bandRules } from './BandInput';
import { GradeTag } from './labels';

export interface PartyRange {
  party: Party;
  statutory: FineRange;
}

interface Props {
  index: number;
  grade: CircumstanceGrade;
  /** The parties the statute fines at this stage; the others get no band. */
  parties: PartyRange[];
}

const FIELD: Record<Party, 'unitFine' | 'personFine'> = { unit: 'unitFine', person: 'personFine' };

/** One 情节档次 of the benchmark form: a band per fined party and when the grade applies. */
export function BenchmarkGradeFields({ index, grade, parties }: Props) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<GradeTag grade={grade} />} style={{ marginBottom: 12 }} data-testid={`benchmark-grade-${grade}`}>
      {parties.map(({ party, statutory }) => {
        const label = t(party === 'unit' ? 'violations.unitFine' : 'violations.personFine');
        return (
          <Form.Item
            key={party}
            name={['grades', index, FIELD[party]]}
            label={label}
            extra={t('benchmarkForm.statutory', { range: formatFineRange(statutory) })}
            rules={bandRules(t)}
          >
            <BandInput label={`${t(`grades.${grade}`)} ${label}`} />
          </Form.Item>
        );
      })}
      <Form.Item
        name={['grades', index, 'circumstances']}
        label={t('benchmarks.circumstances')}
        rules={[{ required: true, whitespace: true, min: 2, max: 500, message: t('benchmarkForm.circumstancesLength') }]}
        style={{ marginBottom: 0 }}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
      </Form.Item>
    </Card>
  );
}
