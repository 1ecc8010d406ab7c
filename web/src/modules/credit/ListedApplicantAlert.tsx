import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { useEnterpriseCredit } from './api';

/**
 * 联合惩戒 where Zhifa decides: on a licence application's page, staff are told when the applicant is
 * on the 严重失信主体名单 now (暂停项目审批、从严审查; 不适用告知承诺制), with the term's end. A hint
 * to the reviewer, not a refusal: the law decides, not the list alone. Nothing for others, nor
 * when the enterprise is outside the reader's subtree.
 */
export function ListedApplicantAlert({ enterpriseId }: { enterpriseId: string }) {
  const user = useUser();
  return can(user.roles, 'credit.read') ? <Inner enterpriseId={enterpriseId} /> : null;
}

function Inner({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const credit = useEnterpriseCredit(enterpriseId);
  const measures = credit.data?.measures ?? [];
  if (!credit.data?.listedNow || measures.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="credit-listed-applicant"
      title={t('credit.measures.applicantListed', { until: measures[0].until, numbers: measures[0].decisionNumbers.join('、') })}
      description={
        <>
          {t('credit.measures.applicantHint')} <Link to={`/enterprises/${enterpriseId}?tab=credit`}>{t('credit.measures.viewCredit')}</Link>
        </>
      }
    />
  );
}
