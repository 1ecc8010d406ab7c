import { ArrowLeftOutlined, CalculatorOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useViolationType, type Stage } from './api';
import { applicableVersion, today, useOrgChain } from './applicable';
import { BenchmarkFormModal } from './BenchmarkFormModal';
import { BenchmarkVersions } from './BenchmarkVersions';
import { ViolationInfo } from './ViolationInfo';

export function ViolationDetailPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('org') ?? user.orgId;
  const detail = useViolationType(code, orgId);
  const { name: orgName, chain } = useOrgChain(orgId);
  const [publishing, setPublishing] = useState<Stage | null>(null);
  const mayEdit = can(user.roles, 'benchmark.edit');
  const now = today();

  const back = (
    <Link to="/catalogue/violations">
      <ArrowLeftOutlined /> {t('violations.backToList')}
    </Link>
  );
  if (detail.isPending) return <Spin />;
  if (detail.isError) {
    return (
      <>
        {back}
        <ErrorAlert error={detail.error} />
      </>
    );
  }
  const v = detail.data;
  const stages: { stage: Stage; versions: typeof v.benchmarks }[] = [
    { stage: 'initial', versions: v.benchmarks },
    ...(v.notCorrectedBenchmarks.length ? [{ stage: 'notCorrected' as const, versions: v.notCorrectedBenchmarks }] : []),
  ];
  const publishingFrom = stages.find((s) => s.stage === publishing);

  return (
    <>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <PageTitle>{`${v.code} ${v.title}`}</PageTitle>
        <Button icon={<CalculatorOutlined />} onClick={() => navigate(`/catalogue/calculator?code=${encodeURIComponent(v.code)}`)}>
          {t('violations.openCalculator')}
        </Button>
      </Flex>
      <Card style={{ marginBottom: 16 }}>
        <ViolationInfo violation={v} />
      </Card>
      <Card
        title={t('benchmarks.title')}
        extra={
          <Form.Item label={t('benchmarks.org')} tooltip={t('benchmarks.orgHint')} style={{ margin: 0 }}>
            <OrgTreeSelect
              value={orgId}
              onChange={(id) => setParams(id && id !== user.orgId ? { org: id } : {}, { replace: true })}
              aria-label={t('benchmarks.org')}
            />
          </Form.Item>
        }
      >
        {detail.isFetching && <Spin style={{ display: 'block', marginBottom: 8 }} />}
        {stages.map(({ stage, versions }) => (
          <BenchmarkVersions
            key={stage}
            stage={stage}
            versions={versions}
            applicable={applicableVersion(versions, chain, now)}
            today={now}
            onPublish={mayEdit ? () => setPublishing(stage) : undefined}
          />
        ))}
      </Card>
      {publishingFrom && (
        <BenchmarkFormModal
          violation={v}
          orgId={orgId}
          orgName={orgName ?? ''}
          stage={publishingFrom.stage}
          from={applicableVersion(publishingFrom.versions, chain, now) ?? publishingFrom.versions.at(-1)!}
          onClose={() => setPublishing(null)}
        />
      )}
    </>
  );
}
