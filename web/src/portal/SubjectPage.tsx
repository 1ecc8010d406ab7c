import { Card, Descriptions, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicOfficer, SubjectDetail } from '../../../src/modules/disclosure/prior-contract';
import { ErrorAlert } from '../app/feedback';
import { useOfficers, useSubject } from './api';
import { ProceduresCard } from './ProceduresCard';
import { PublicTitle, SectionTitle } from './PortalLayout';

type Power = SubjectDetail['powers'][number];
type Matter = SubjectDetail['enforcementMatters'][number];
type SpotCheck = SubjectDetail['spotCheckMatters'][number];

const SECTIONS = ['subject', 'powers', 'matters', 'spotChecks', 'officers', 'procedures', 'remedies', 'channels'] as const;
const card = { marginTop: 16 };
const wide = { x: 'max-content' as const };

/** 事前公开 of one enforcement subject: everything 国办发〔2018〕118号 asks to be public before acting. */
export function SubjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const subject = useSubject(id);
  if (subject.isError) return <ErrorAlert error={subject.error} />;
  if (!subject.data) return <Spin />;
  const s = subject.data;
  const title = (key: (typeof SECTIONS)[number]) => <SectionTitle>{t(`portal.prior.sections.${key}`)}</SectionTitle>;

  const powerColumns: TableColumnsType<Power> = [
    { title: t('portal.prior.code'), dataIndex: 'code', key: 'code' },
    { title: t('portal.prior.kind'), dataIndex: 'kind', key: 'kind' },
    { title: t('portal.prior.powerName'), dataIndex: 'name', key: 'name' },
    { title: t('portal.prior.basis'), dataIndex: 'basis', key: 'basis', render: (v: string) => <div style={{ minWidth: 240, maxWidth: 420 }}>{v}</div> },
    { title: t('portal.prior.implementer'), dataIndex: 'subject', key: 'subject' },
  ];
  const matterColumns: TableColumnsType<Matter> = [
    { title: t('portal.prior.code'), dataIndex: 'code', key: 'code' },
    { title: t('portal.prior.matterName'), dataIndex: 'name', key: 'name' },
    { title: t('portal.prior.powerCode'), dataIndex: 'powerCode', key: 'powerCode' },
  ];
  const spotColumns: TableColumnsType<SpotCheck> = [
    { title: t('portal.prior.code'), dataIndex: 'code', key: 'code' },
    { title: t('portal.prior.matterName'), dataIndex: 'name', key: 'name' },
    { title: t('portal.prior.basis'), dataIndex: 'legalBasis', key: 'legalBasis' },
    { title: t('portal.prior.ratio'), dataIndex: 'ratioPermille', key: 'ratio', render: (v: number) => `${v / 10}%` },
    { title: t('portal.prior.frequency'), dataIndex: 'frequency', key: 'frequency' },
  ];

  return (
    <>
      <Link to="/portal/prior">{t('portal.prior.back')}</Link>
      <PublicTitle>{s.name}</PublicTitle>
      <nav aria-label={t('portal.prior.contents')}>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', paddingInlineStart: 20, margin: 0 }}>
          {SECTIONS.map((k) => (
            <li key={k}>
              <a href={`#${k}`}>{t(`portal.prior.sections.${k}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Card id="subject" title={title('subject')} style={card}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: t('portal.prior.subjectName'), children: s.name },
            { key: 'level', label: t('portal.prior.level'), children: t(`orgLevels.${s.level}`, { defaultValue: s.level }) },
            { key: 'region', label: t('portal.prior.regionCode'), children: s.regionCode },
            { key: 'parent', label: t('portal.prior.parent'), children: s.parentName ?? '—' },
            { key: 'competence', label: t('portal.prior.competence'), children: t('portal.prior.competenceText', { count: s.powers.length }) },
          ]}
        />
      </Card>
      <Card id="powers" title={title('powers')} style={card}>
        <Table<Power>
          rowKey="code"
          columns={powerColumns}
          dataSource={s.powers}
          size="small"
          scroll={wide}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="power-list"
        />
      </Card>
      <Card id="matters" title={title('matters')} style={card}>
        <Table<Matter>
          rowKey="code"
          columns={matterColumns}
          dataSource={s.enforcementMatters}
          size="small"
          scroll={wide}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      </Card>
      <Card id="spotChecks" title={title('spotChecks')} style={card}>
        <Table<SpotCheck>
          rowKey="code"
          columns={spotColumns}
          dataSource={s.spotCheckMatters}
          size="small"
          scroll={wide}
          pagination={false}
          locale={{ emptyText: <Typography.Text type="secondary">{t('portal.prior.none')}</Typography.Text> }}
        />
      </Card>
      <OfficersCard id={s.id} />
      <ProceduresCard />
      <Card id="remedies" title={title('remedies')} style={card}>
        {s.remedies.map((r) => (
          <section key={r.kind} style={{ marginBottom: 12 }}>
            <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>{r.name}</h3>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {t('portal.prior.remedyBody')}：{r.body}；{t('portal.prior.remedyPeriod')}：{r.period}（{r.basis.law}
              {r.basis.article}）
            </Typography.Paragraph>
          </section>
        ))}
      </Card>
      <Card id="channels" title={title('channels')} style={card}>
        <ul style={{ paddingInlineStart: 20, margin: 0 }}>
          {s.channels.map((c) => (
            <li key={c.name} style={{ marginBottom: 8 }}>
              <strong>{c.name}</strong>：{c.contact}。{c.note}
              {c.basis && `（${c.basis.law}${c.basis.article}）`}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}

const PAGE_SIZE = 20;

/** 执法人员名单: names and credential numbers, nothing else. */
function OfficersCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const officers = useOfficers(id, page, PAGE_SIZE);
  const columns: TableColumnsType<PublicOfficer> = [
    { title: t('portal.prior.officerName'), dataIndex: 'name', key: 'name' },
    { title: t('portal.prior.credentialNumber'), dataIndex: 'credentialNumber', key: 'credentialNumber' },
  ];
  return (
    <Card id="officers" title={<SectionTitle>{t('portal.prior.sections.officers')}</SectionTitle>} style={card}>
      {officers.isError && <ErrorAlert error={officers.error} />}
      <Typography.Paragraph type="secondary">{t('portal.prior.officersNote')}</Typography.Paragraph>
      <Table<PublicOfficer>
        rowKey="credentialNumber"
        columns={columns}
        dataSource={officers.data?.items ?? []}
        loading={officers.isFetching}
        size="small"
        pagination={{ current: page, pageSize: PAGE_SIZE, total: officers.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="officer-list"
      />
    </Card>
  );
}
