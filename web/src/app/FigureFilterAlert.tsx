import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from './useListQuery';

/**
 * Says that a list shows the records a figure of 统计分析 counts (its drill-down, `?figure=`), not
 * its usual filter, and takes the figure off. `name` is the figure's name in the owning module.
 */
export function FigureFilterAlert({ filter, name, onClear }: { filter: ListFilter; name: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('common.figureFilter', { name, from: filter.from ?? '', to: filter.to ?? '' })}
      action={
        <Button size="small" onClick={onClear}>
          {t('common.figureFilterClear')}
        </Button>
      }
    />
  );
}
