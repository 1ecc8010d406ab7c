import { Button, Card, Descriptions, Spin, Steps, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { GuideMaterial, ServiceGuide } from '../../../../src/modules/licensing/guide-contract';
import { ErrorAlert } from '../../app/feedback';
import { useKeyboardScrollableTables } from '../../app/scrollable';
import { PublicTitle, SectionTitle } from '../../portal/PortalLayout';
import { useGuide } from './api';
import { KIND_COLOR } from './PortalGuides';

type Basis = ServiceGuide['basis'][number];
const SECTIONS = ['basis', 'issuers', 'conditions', 'materials', 'periods', 'validity', 'fee', 'where', 'steps', 'renewal'] as const;
type Section = (typeof SECTIONS)[number];
const card = { marginTop: 16 };
const wide = { x: 'max-content' as const };
const PENDING = '（条号待核）';

/** One matter's 办事指南, in the sections a 政务服务 guide has, with the way to apply online. */
export function PortalGuide() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const guide = useGuide(code);
  // The portal's frame does not do this for its pages (the app's does): a table that scrolls takes the focus.
  useKeyboardScrollableTables();
  if (guide.isError)
    return (
      <>
        <Link to="/portal/licensing">{t('licensing.guide.back')}</Link>
        <PublicTitle>{t('licensing.guide.notFound')}</PublicTitle>
        <ErrorAlert error={guide.error} />
      </>
    );
  if (!guide.data) return <Spin />;
  const g = guide.data;
  const section = (key: Section, children: ReactNode) => (
    <Card id={key} title={<SectionTitle>{t(`licensing.guide.sections.${key}`)}</SectionTitle>} style={card}>
      {children}
    </Card>
  );
  const basisColumns: TableColumnsType<Basis> = [
    { title: t('licensing.guide.law'), dataIndex: 'law', key: 'law', render: (v: string) => <div style={{ minWidth: 160, maxWidth: 260 }}>{v}</div> },
    { title: t('licensing.guide.article'), dataIndex: 'article', key: 'article', render: (v: string) => <div style={{ minWidth: 64 }}>{v}</div> },
    { title: t('licensing.guide.text'), dataIndex: 'text', key: 'text', render: (v: string) => <div style={{ minWidth: 240, maxWidth: 420 }}>{v}</div> },
  ];
  const materialColumns: TableColumnsType<GuideMaterial> = [
    {
      title: t('licensing.guide.materialName'),
      dataIndex: 'name',
      key: 'name',
      render: (v: string) => <div style={{ minWidth: 180, maxWidth: 360 }}>{v}</div>,
    },
    {
      title: t('licensing.guide.required'),
      key: 'required',
      render: (_, m) =>
        m.required ? t('licensing.guide.yes') : <div style={{ minWidth: 120, maxWidth: 220 }}>{t('licensing.guide.when', { condition: m.condition })}</div>,
    },
    { title: t('licensing.guide.note'), dataIndex: 'note', key: 'note', render: (v: string) => <div style={{ minWidth: 160, maxWidth: 320 }}>{v}</div> },
  ];
  const pending = JSON.stringify(g).includes(PENDING);
  return (
    <>
      <Link to="/portal/licensing">{t('licensing.guide.back')}</Link>
      <PublicTitle>{g.name}</PublicTitle>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'kind', label: t('licensing.guide.kind'), children: <Tag color={KIND_COLOR[g.kind]}>{t(`licensing.kinds.${g.kind}`)}</Tag> },
          { key: 'applicants', label: t('licensing.guide.applicants'), children: g.applicants },
        ]}
      />
      <div style={{ margin: '12px 0' }}>
        {/* A real link (the application page is in the signed-in app, which asks for sign-in first). */}
        <Button type="primary" href={`/licensing/apply?matter=${encodeURIComponent(g.code)}`} data-testid="guide-apply">
          {t('licensing.guide.apply')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('licensing.guide.applyNote')}
        </Typography.Paragraph>
      </div>
      <nav aria-label={t('licensing.guide.contents')}>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', paddingInlineStart: 20, margin: 0 }}>
          {SECTIONS.map((k) => (
            <li key={k}>
              <a href={`#${k}`}>{t(`licensing.guide.sections.${k}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {section(
        'basis',
        <>
          <Table<Basis> rowKey={(b) => `${b.law}${b.article}`} columns={basisColumns} dataSource={g.basis} pagination={false} size="small" scroll={wide} />
          {pending && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('licensing.guide.pending')}
            </Typography.Paragraph>
          )}
        </>,
      )}
      {section(
        'issuers',
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {g.issuers.map((i) => (
            <li key={i.level}>
              <strong>{t(`licensing.levels.${i.level}`)}</strong>：{i.scope}（{i.basis}）
            </li>
          ))}
        </ul>,
      )}
      {section(
        'conditions',
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {g.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>,
      )}
      {section(
        'materials',
        <Table<GuideMaterial>
          rowKey="code"
          columns={materialColumns}
          dataSource={g.materials}
          pagination={false}
          size="small"
          scroll={wide}
          data-testid="guide-materials"
        />,
      )}
      {section(
        'periods',
        <>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'statutory', label: t('licensing.guide.statutory'), children: <Period days={g.statutory.days} basis={g.statutory.basis} /> },
              { key: 'promised', label: t('licensing.guide.promised'), children: <Period days={g.promised.days} basis={g.promised.basis} /> },
            ]}
          />
          <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('licensing.guide.periodNote')}</Typography.Paragraph>
        </>,
      )}
      {section(
        'validity',
        <Typography.Paragraph style={{ margin: 0 }}>
          <strong>{t(g.validity.upTo ? 'licensing.guide.validityUpTo' : 'licensing.guide.validityYears', { years: g.validity.years })}</strong>（
          {g.validity.basis}）
        </Typography.Paragraph>,
      )}
      {section(
        'fee',
        <Typography.Paragraph style={{ margin: 0 }}>
          <strong>{g.fee.text}</strong>（{g.fee.basis}）
        </Typography.Paragraph>,
      )}
      {section(
        'where',
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'counter', label: t('licensing.guide.counter'), children: g.where.counter },
            { key: 'online', label: t('licensing.guide.online'), children: g.where.online },
          ]}
        />,
      )}
      {section('steps', <Steps orientation="vertical" size="small" current={-1} items={g.steps.map((s) => ({ title: s.title, content: s.description }))} />)}
      {section(
        'renewal',
        <>
          <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>{t('licensing.guide.renewal')}</h3>
          <Typography.Paragraph>{g.renewal}</Typography.Paragraph>
          <h3 style={{ fontSize: 15, margin: '0 0 4px' }}>{t('licensing.guide.changes')}</h3>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {g.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>,
      )}
    </>
  );
}

function Period({ days, basis }: { days: number; basis: string }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{t('licensing.guides.workdays', { days })}</strong>
      <div>{basis}</div>
    </>
  );
}
