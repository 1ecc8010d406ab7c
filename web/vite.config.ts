import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Resolved from this file so the build works from the repo root (`vite build --config web/vite.config.ts`).
const root = fileURLToPath(new URL('.', import.meta.url));
const server = 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // antd alone is ~1 MB minified; split it (and React) into cacheable chunks under the
        // 500 kB warning line instead of one vendor blob that changes with every app release.
        // Splitting antd by size creates cycles between its chunks; without strict order a
        // CommonJS module (dayjs) is called before its chunk has run and the app fails to boot.
        strictExecutionOrder: true,
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next)[\\/]/,
              priority: 30,
            },
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|dayjs)[\\/]/,
              priority: 20,
              minSize: 100_000,
              maxSize: 450_000,
            },
            // Charts only where a page draws them (统计分析, the workbench's figures), not in every page's vendor chunk.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 25 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
