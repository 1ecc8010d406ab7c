import { HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReportError } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { useNarrativeVersions, useSaveNarrative, type AnnualSection } from './annual-api';

interface Props {
  reportId: string;
  section: AnnualSection;
  editable: boolean;
  /** Each figure code's drill-down for this reader, when there is one. */
  drills: ReadonlyMap<string, string | null>;
}

/** One section: its generated figure sentences (each figure opens its records) and its narrative. */
export function AnnualSectionCard({ reportId, section, editable, drills }: Props) {
  const { t } = useTranslation();
  const heading = `${section.number}${section.title}`;
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={section.level === 1 ? 2 : 3} style={{ fontSize: section.level === 1 ? 17 : 15, margin: 0 }}>
          {heading}
        </Typography.Title>
      }
      style={{ marginBottom: 12 }}
      data-testid={`annual-section-${section.key}`}
    >
      {section.figureText.length > 0 && (
        <Typography.Paragraph>
          <Typography.Text type="secondary">{t('annual.figures')}：</Typography.Text>
          {section.figureText.map((s, i) => {
            const drill = s.code ? drills.get(s.code) : null;
            // biome-ignore lint/suspicious/noArrayIndexKey: the runs are the template's, in order, and never reordered
            if (!s.code) return <span key={i}>{s.text}</span>;
            return drill ? (
              // Underlined: a link inside running text is told apart by more than its colour (WCAG 1.4.1).
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <Link key={i} to={drill} title={s.code} data-figure={s.code} style={{ textDecoration: 'underline' }}>
                {s.text}
              </Link>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <strong key={i} title={s.code} data-figure={s.code}>
                {s.text}
              </strong>
            );
          })}
        </Typography.Paragraph>
      )}
      {editable ? (
        <NarrativeEditor reportId={reportId} section={section} heading={heading} />
      ) : section.narrative ? (
        section.narrative.text
          .split(/\r?\n/)
          .filter((p) => p.trim())
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one saved text
          .map((p, i) => <Typography.Paragraph key={i}>{p}</Typography.Paragraph>)
      ) : (
        section.figureText.length === 0 && <Typography.Text type="secondary">{t('annual.noText')}</Typography.Text>
      )}
    </Card>
  );
}

function NarrativeEditor({ reportId, section, heading }: { reportId: string; section: AnnualSection; heading: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const save = useSaveNarrative(reportId);
  const saved = section.narrative;
  const [text, setText] = useState(saved?.text ?? '');
  const [history, setHistory] = useState(false);
  const changed = text !== (saved?.text ?? '');

  async function onSave() {
    try {
      const r = await save.mutateAsync({ key: section.key, text, baseVersion: saved?.version ?? 0 });
      void message.success(t('annual.saved', { version: r.version }));
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <>
      <Input.TextArea
        aria-label={`${heading} ${t('annual.narrative')}`}
        placeholder={t('annual.narrativePlaceholder')}
        value={text}
        autoSize={{ minRows: 3, maxRows: 16 }}
        maxLength={20_000}
        onChange={(e) => setText(e.target.value)}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">
          {saved ? t('annual.draftOf', { version: saved.version, author: saved.authorName ?? '—', at: formatDateTime(saved.savedAt) }) : t('annual.noText')}
          {changed && <Typography.Text type="warning"> · {t('annual.unsaved')}</Typography.Text>}
        </Typography.Text>
        <Flex gap={8}>
          {saved && (
            <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
              {t('annual.versions')}
            </Button>
          )}
          <Button type="primary" icon={<SaveOutlined />} disabled={!changed} loading={save.isPending} onClick={() => void onSave()}>
            {t('annual.saveText')}
          </Button>
        </Flex>
      </Flex>
      {history && (
        <Versions
          reportId={reportId}
          sectionKey={section.key}
          heading={heading}
          onClose={() => setHistory(false)}
          onUse={(v) => {
            setText(v);
            setHistory(false);
          }}
        />
      )}
    </>
  );
}

function Versions(props: { reportId: string; sectionKey: string; heading: string; onClose: () => void; onUse: (text: string) => void }) {
  const { t } = useTranslation();
  const versions = useNarrativeVersions(props.reportId, props.sectionKey);
  return (
    <Drawer open width={560} title={t('annual.versionsTitle', { section: props.heading })} onClose={props.onClose}>
      <List
        loading={versions.isFetching}
        dataSource={versions.data ?? []}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button key="use" size="small" onClick={() => props.onUse(v.text)}>
                {t('annual.useVersion')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={t('annual.draftOf', { version: v.version, author: v.authorName ?? '—', at: formatDateTime(v.savedAt) })}
              description={<Typography.Paragraph ellipsis={{ rows: 4, expandable: true }}>{v.text}</Typography.Paragraph>}
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
