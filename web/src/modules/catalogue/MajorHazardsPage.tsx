import { CheckCircleTwoTone } from '@ant-design/icons';
import { Card, Descriptions, Flex, Spin, Tag, Tooltip, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { chineseNumeral } from '../../../../src/modules/catalogue/citation';
import type { CriteriaArticle } from '../../../../src/modules/catalogue/standards/types';
import { currentLang } from '../../app/i18n';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useMajorHazards } from './api';
import { scopeLabel } from './labels';

type Verification = CriteriaArticle['items'][number][1];

/** Whether the wording was checked against a published copy; quiet, since most readers only need the text. */
function VerificationMark({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  return verification === 'confirmed' ? (
    <Tooltip title={t('majorHazards.confirmedHint')}>
      <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t('majorHazards.confirmed')} />
    </Tooltip>
  ) : (
    <Tooltip title={t('majorHazards.summarisedHint')}>
      <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
        {t('majorHazards.summarised')}
      </Tag>
    </Tooltip>
  );
}

const numeral = (n: number) => (currentLang() === 'zh-CN' ? chineseNumeral(n) : String(n));

function ArticleCard({ article: a }: { article: CriteriaArticle }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('majorHazards.article', { n: numeral(a.article) })}
      extra={<Tag color={a.scope === 'general' ? 'blue' : 'geekblue'}>{scopeLabel(t, a.scope)}</Tag>}
    >
      <Typography.Paragraph>{a.heading}</Typography.Paragraph>
      <ol style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
        {a.items.map(([text, verification], i) => {
          const code = `MHC-2023-${a.article}-${i + 1}`;
          return (
            <li key={code} id={code} style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0', scrollMarginTop: 16 }}>
              <Flex gap={8} align="baseline">
                <span style={{ whiteSpace: 'nowrap' }}>{t('majorHazards.item', { n: numeral(i + 1) })}</span>
                <span style={{ flex: 1 }}>{text}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {code}
                </Typography.Text>
                <VerificationMark verification={verification} />
              </Flex>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

/** 工贸企业重大事故隐患判定标准 (应急管理部令第10号), article by article. */
export function MajorHazardsPage() {
  const { t } = useTranslation();
  const criteria = useMajorHazards();
  const { hash } = useLocation();

  // Checklists link to one 情形 by its code; bring it into view once the articles have rendered.
  useEffect(() => {
    if (hash && criteria.data) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash, criteria.data]);

  if (criteria.isPending) return <Spin />;
  if (criteria.isError) return <ErrorAlert error={criteria.error} />;
  const { standard, articles } = criteria.data;

  return (
    <>
      <PageTitle>{standard.title}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'issuedAs', label: t('majorHazards.issuedAs'), children: standard.issuedAs },
            { key: 'issued', label: t('majorHazards.issued'), children: standard.issued },
            { key: 'inForce', label: t('majorHazards.inForce'), children: standard.inForce },
          ]}
        />
        <Typography.Text type="secondary">{t('majorHazards.legend')}</Typography.Text>
      </Card>
      <Flex vertical gap={16}>
        {articles.map((a) => (
          <ArticleCard key={a.article} article={a} />
        ))}
      </Flex>
    </>
  );
}
