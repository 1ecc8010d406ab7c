import { App, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from './feedback';

/**
 * A dialog's form sent only after one more 确定 (a step that cannot be taken back): the success
 * message and `onDone` when it went through, the server's refusal on the form's fields when not.
 */
export function useConfirmedSubmit<V>(form: FormInstance<V>, opts: { title: string; done: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reportError = useReportError();
  const send = (call: () => Promise<unknown>) =>
    call().then(
      () => {
        void message.success(opts.done);
        opts.onDone();
      },
      (error) => reportError(error, form),
    );
  return {
    send,
    /** Asks `content`, then sends; without `content` sends at once. */
    confirmThenSend: (content: ReactNode | undefined, call: () => Promise<unknown>) => {
      if (content === undefined) return void send(call);
      modal.confirm({ title: opts.title, content, okText: t('common.ok'), cancelText: t('common.cancel'), onOk: () => send(call) });
    },
  };
}
