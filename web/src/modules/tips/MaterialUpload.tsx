import { useTranslation } from 'react-i18next';
import { MATERIAL_LIMITS } from '../../../../src/modules/tips/contract';
import { FileUploadButton } from '../../app/FileUploadButton';
import { fileProblem, sendFile } from '../../app/upload';
import type { Material } from './api';

/** 举报材料, for the portal (receipt code and secret) and for staff (the session). */
export function MaterialUpload({
  url,
  headers,
  label,
  onUploaded,
}: {
  url: string;
  /** Asked at each send: the CSRF token may change with the session. */
  headers: () => Record<string, string>;
  label: string;
  onUploaded: (m: Material) => void;
}) {
  const { t } = useTranslation();
  return (
    <FileUploadButton
      label={label}
      accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf"
      testId="material-input"
      check={(file) => {
        const problem = fileProblem(file, MATERIAL_LIMITS);
        return problem && t(`tips.material.${problem}`, { name: file.name });
      }}
      send={async (file) => onUploaded(await sendFile<Material>(url, file, headers()))}
    />
  );
}
