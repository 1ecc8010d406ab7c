import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LicenceContent } from '../../../../src/modules/licensing/licence-content';

/** The licence's signed content, as the certificate sets it out. */
export function LicenceFields({ content: c }: { content: LicenceContent }) {
  const { t } = useTranslation();
  const k = 'licensing.licences' as const;
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" data-testid="licence-fields">
      <Descriptions.Item label={t(`${k}.name`)}>{c.matterName}</Descriptions.Item>
      <Descriptions.Item label={t(`${k}.licenceNo`)}>{c.licenceNo}</Descriptions.Item>
      <Descriptions.Item label={t(`${k}.holder`)}>{c.holder}</Descriptions.Item>
      <Descriptions.Item label={t(`${k}.uscc`)}>{c.uscc}</Descriptions.Item>
      <Descriptions.Item label={t(`${k}.principalPerson`)}>{c.principalPerson}</Descriptions.Item>
      <Descriptions.Item label={t(`${k}.address`)}>{c.address}</Descriptions.Item>
      <Descriptions.Item label={t(`${k}.scope`)} span={2}>
        {c.scope}
      </Descriptions.Item>
      <Descriptions.Item label={t(`${k}.validity`)}>
        {c.validFrom} ~ {c.validTo}
      </Descriptions.Item>
      <Descriptions.Item label={t(`${k}.issuer`)}>
        {c.issuer}（{c.issuedOn}）
      </Descriptions.Item>
    </Descriptions>
  );
}
