import { useQuery } from '@tanstack/react-query';
import { AutoComplete } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';

interface Matter {
  code: string;
  name: string;
}

/**
 * A spot-check matter code. Suggests the org's own list (GET /api/draws/matters); a code from a
 * superior org's list is typed in, and the server checks either way.
 */
export function MatterInput({ orgId, value, onChange }: { orgId: string; value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const matters = useQuery({ queryKey: ['draws', 'matters', orgId], queryFn: () => api<Matter[]>('/api/draws/matters', { query: { orgId } }), retry: false });
  const options = (matters.data ?? []).map((m) => ({ value: m.code, label: `${m.code} ${m.name}` }));
  return (
    <AutoComplete
      aria-label={t('plans.matterCode')}
      placeholder={t('plans.matterCode')}
      value={value}
      options={options}
      onChange={onChange}
      showSearch={{ filterOption: (input, o) => (o?.label ?? '').toLowerCase().includes(input.toLowerCase()) }}
      style={{ width: 240 }}
    />
  );
}
