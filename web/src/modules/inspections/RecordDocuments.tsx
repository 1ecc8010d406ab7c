import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../registry/DownloadButton';
import { recordUrl, type Record_ } from './api';

/** After 完成检查: the numbers, and the two instruments to download. */
export function RecordDocuments({ record, hasHazards }: { record: Record_; hasHazards: boolean }) {
  const { t } = useTranslation();
  const url = recordUrl(record.id);
  return (
    <Alert
      type="success"
      showIcon
      title={t('inspections.completed')}
      data-testid="record-completed"
      description={
        <Flex vertical gap={8}>
          <span data-testid="record-number">{t('inspections.number', { number: record.number })}</span>
          {record.orderNumber && <span>{t('inspections.orderNumber', { number: record.orderNumber })}</span>}
          <Flex wrap gap={8}>
            <DownloadButton path={`${url}/instrument.pdf`} fallbackName={`${record.number}.pdf`} data-testid="record-pdf">
              {t('inspections.recordPdf')}
            </DownloadButton>
            <DownloadButton path={`${url}/instrument.docx`} fallbackName={`${record.number}.docx`}>
              {t('inspections.recordDocx')}
            </DownloadButton>
            {hasHazards && (
              <>
                <DownloadButton path={`${url}/rectification-order.pdf`} fallbackName={`${record.orderNumber ?? record.number}.pdf`} data-testid="order-pdf">
                  {t('inspections.orderPdf')}
                </DownloadButton>
                <DownloadButton path={`${url}/rectification-order.docx`} fallbackName={`${record.orderNumber ?? record.number}.docx`}>
                  {t('inspections.orderDocx')}
                </DownloadButton>
              </>
            )}
          </Flex>
        </Flex>
      }
    />
  );
}
