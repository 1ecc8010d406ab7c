import { Alert, Button, Card, Descriptions, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { transferCapabilities } from '../../../../src/modules/transfers/capabilities';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { ActModal } from './ActDialog';
import { type Transfer, useTransfer } from './api';
import { PeriodTag, TransferStateTag } from './labels';

type Act = Transfer['acts'][number];
/** The head's or deputy's acts (criminalTransfer.approve); the rest are recorded by staff. */
const APPROVALS = new Set(['requestSupervision', 'returnCase']);
const capabilityOf = (a: Act): keyof typeof transferCapabilities => (APPROVALS.has(a) ? 'criminalTransfer.approve' : 'criminalTransfer.record');

/** One transfer: what was sent, the police's receipt and decision, the supervision, the return; the next steps. */
export function TransferPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const query = useTransfer(id);
  const [acting, setActing] = useState<Act | null>(null);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const x = query.data;
  if (!x) return <Spin />;
  const mine = x.acts.filter((a) => can(user.roles, capabilityOf(a)));
  const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {t('transfers.title')} {x.partyName} <TransferStateTag state={x.state} />
        </PageTitle>
        <Link to={`/cases/${x.caseId}`}>{t('transfers.caseLink')}</Link>
      </Flex>
      {x.period && (
        <Alert
          style={{ marginBottom: 16 }}
          type={x.period.overdue ? 'error' : 'warning'}
          showIcon
          title={<PeriodTag period={x.period} />}
          description={x.period.article}
          data-testid="transfer-period"
        />
      )}
      <Card title={t('transfers.steps')} style={{ marginBottom: 16 }} data-testid="transfer-steps">
        {mine.length > 0 ? (
          <Space wrap>
            {mine.map((a) => (
              <Button key={a} type={a === 'updatePackage' ? 'default' : 'primary'} onClick={() => setActing(a)} data-testid={`transfer-act-${a}`}>
                {t(`transfers.acts.${a}`)}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">
            {x.acts.length === 0 ? t('transfers.noSteps') : t('transfers.noStepsRole', { acts: x.acts.map((a) => t(`transfers.acts.${a}`)).join('、') })}
          </Typography.Text>
        )}
      </Card>
      <Card title={t('transfers.summary')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="transfer-summary">
          <Descriptions.Item label={t('transfers.org')}>{x.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.approvedOn')}>{x.approvedOn}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.suspectedCrime')}>{x.suspectedCrime}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.letterNumber')}>{dash(x.letterNumber)}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.policeAuthority')}>{dash(x.policeAuthority)}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.procuratorate')}>
            {x.procuratorate ? `${x.procuratorate}（${x.copiedToProcuratorateOn}）` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('transfers.finePaid')}>{x.finePaidYuan}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.personCount')}>{x.persons.length}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('transfers.persons')} style={{ marginBottom: 16 }}>
        {x.persons.length === 0 ? (
          <Typography.Text type="secondary">{t('transfers.noPersons')}</Typography.Text>
        ) : (
          <Table
            rowKey={(p) => `${p.name}-${p.role}`}
            size="small"
            pagination={false}
            dataSource={x.persons}
            columns={[
              { title: t('transfers.personName'), dataIndex: 'name', key: 'name' },
              { title: t('transfers.personRole'), dataIndex: 'role', key: 'role' },
              { title: t('transfers.personId'), dataIndex: 'idNumber', key: 'idNumber', render: dash },
            ]}
          />
        )}
      </Card>
      <Card title={t('transfers.materials')} style={{ marginBottom: 16 }}>
        <Table
          rowKey={(m) => `${m.kind}-${m.name}-${m.number}-${m.note}`}
          size="small"
          pagination={false}
          dataSource={x.materials}
          data-testid="transfer-materials"
          columns={[
            {
              title: t('transfers.materialKind'),
              dataIndex: 'kind',
              key: 'kind',
              render: (k: Transfer['materials'][number]['kind']) => <Tag>{t(`transfers.materialKinds.${k}`)}</Tag>,
            },
            { title: t('transfers.materialName'), dataIndex: 'name', key: 'name' },
            { title: t('transfers.materialNumber'), dataIndex: 'number', key: 'number', render: dash },
            { title: t('transfers.materialNote'), dataIndex: 'note', key: 'note', render: dash },
          ]}
        />
      </Card>
      <Card title={t('transfers.receipt')} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="transfer-police">
          <Descriptions.Item label={t('transfers.receivedOn')}>{dash(x.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.receiptNumber')}>{dash(x.receiptNumber)}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.receivedBy')}>{dash(x.receivedByName)}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.policeDecision')}>
            {x.policeDecision ? t(`transfers.policeDecisions.${x.policeDecision}`) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('transfers.decidedOn')}>{dash(x.policeDecidedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.noticeNumber')}>{dash(x.policeNoticeNumber)}</Descriptions.Item>
          <Descriptions.Item label={t('transfers.reasons')} span={2}>
            {dash(x.policeReasons)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {x.supervisionRequestedOn && (
        <Card title={t('transfers.supervision')} style={{ marginBottom: 16 }}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="transfer-supervision">
            <Descriptions.Item label={t('transfers.requestedOn')}>{x.supervisionRequestedOn}</Descriptions.Item>
            <Descriptions.Item label={t('transfers.procuratorate')}>{dash(x.procuratorate)}</Descriptions.Item>
            <Descriptions.Item label={t('transfers.supervisionReasons')} span={2}>
              {dash(x.supervisionReasons)}
            </Descriptions.Item>
            <Descriptions.Item label={t('transfers.supervisionResult')}>
              {x.supervisionResult ? t(`transfers.supervisionResults.${x.supervisionResult}`) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('transfers.resultText')}>{dash(x.supervisionResultText)}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {(x.returnedOn || x.concludedOn) && (
        <Card title={x.returnedOn ? t('transfers.returned') : t('transfers.outcome')} style={{ marginBottom: 16 }}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="transfer-end">
            {x.returnKind && <Descriptions.Item label={t('transfers.returnKind')}>{t(`transfers.returnKinds.${x.returnKind}`)}</Descriptions.Item>}
            {x.returnedOn && <Descriptions.Item label={t('transfers.returnedOn')}>{x.returnedOn}</Descriptions.Item>}
            {x.returnOpinion && <Descriptions.Item label={t('transfers.returnOpinion')}>{x.returnOpinion}</Descriptions.Item>}
            {x.outcome && <Descriptions.Item label={t('transfers.outcome')}>{x.outcome}</Descriptions.Item>}
            <Descriptions.Item label={t('transfers.fineCredit')}>{dash(x.fineCreditText)}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {acting && <ActModal x={x} act={acting} onClose={() => setActing(null)} />}
    </>
  );
}
