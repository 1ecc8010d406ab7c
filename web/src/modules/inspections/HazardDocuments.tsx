import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../registry/DownloadButton';
import { hazardUrl, type Hazard } from './api';

/**
 * A hazard's own instruments once their act has happened: the 整改复查意见书 of the latest
 * re-inspection and the 现场处理措施决定书 of an escalation with a measure (numbered by the server
 * with the act; a download issues nothing).
 */
export function HazardDocuments({ hazard: h }: { hazard: Hazard }) {
  const { t } = useTranslation();
  // A self-report had no 责令限期整改指令书, so no 整改复查意见书 answers it.
  const docs = [
    ...(h.reinspectionNote && h.origin === 'inspection' ? (['reinspection-opinion'] as const) : []),
    ...(h.escalationMeasure ? (['on-site-measures'] as const) : []),
  ];
  if (!docs.length) return null;
  return (
    <Flex wrap gap={4} data-testid="hazard-documents">
      {docs.map((kind) => (
        <DownloadButton key={kind} size="small" path={`${hazardUrl(h.id)}/${kind}.pdf`} fallbackName={`${t(`inspections.hazardDocs.${kind}`)}.pdf`}>
          {t(`inspections.hazardDocs.${kind}`)}
        </DownloadButton>
      ))}
    </Flex>
  );
}
