import { useState } from 'react';
import { ErrorAlert } from '../../app/feedback';
import type { ListSort } from '../../app/useListQuery';
import type { CaseSort } from '../../../../src/modules/cases/contract';
import { useCases } from './api';
import { CaseTable } from './CasesPage';

/** The enterprise page's 处罚案件 tab: its cases in the reader's subtree, as the case list shows them. */
export function EnterpriseCasesTab({ enterpriseId }: { enterpriseId: string }) {
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [sort, setSort] = useState<ListSort<CaseSort>>({});
  const cases = useCases({ enterpriseId, ...page, ...sort });
  return (
    <>
      {cases.isError && <ErrorAlert error={cases.error} />}
      <CaseTable
        data={cases.data?.items}
        total={cases.data?.total}
        loading={cases.isFetching}
        paging={{ ...page, sort, onPage: (p, pageSize) => setPage({ page: p, pageSize }), onSort: setSort }}
      />
    </>
  );
}
