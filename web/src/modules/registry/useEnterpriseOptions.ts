import { useState } from 'react';
import { useEnterprises } from './api';

/**
 * The options of an enterprise picker searched by name or USCC within an org: the first 20
 * matches, and the enterprise already chosen kept as an option while another search is typed.
 */
export function useEnterpriseOptions(orgId: string | undefined) {
  const [term, setTerm] = useState('');
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const enterprises = useEnterprises({ orgId, q: term || undefined }, 1, 20);
  const found = enterprises.data?.items ?? [];
  const options = [
    ...Object.entries(chosen)
      .filter(([id]) => !found.some((e) => e.id === id))
      .map(([value, label]) => ({ value, label })),
    ...found.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` })),
  ];
  return {
    options,
    loading: enterprises.isFetching,
    labelOf: (id: string) => options.find((o) => o.value === id)?.label ?? '',
    /** Props for an antd Select: search as typed, remember the choice. */
    selectProps: {
      options,
      showSearch: { onSearch: setTerm, filterOption: false as const },
      loading: enterprises.isFetching,
      onChange: (id: string) => setChosen({ [id]: options.find((o) => o.value === id)?.label ?? '' }),
    },
  };
}
