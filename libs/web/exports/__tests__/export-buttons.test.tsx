import axe from 'axe-core';
import type { SessionStore } from '@bridgeway/web-auth';
import { SessionProvider } from '@bridgeway/web-auth';
import { ExportJobDocument, StartExportDocument, type ExportJobFieldsFragment } from '@bridgeway/web-graphql';
import { apiError, renderWithProviders } from '@bridgeway/web-testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ExportButtons } from '../src/export-buttons';

const period = { from: '2026-01-01', to: '2026-06-30' };
const input = (format: 'PDF' | 'CSV' | 'XLSX', language = 'en') => ({
  kind: 'CONSORTIUM_OVERVIEW',
  format,
  consortiumId: 'c-most',
  ...period,
  language,
});

const job = (values: Partial<ExportJobFieldsFragment>): ExportJobFieldsFragment => ({
  __typename: 'ExportJob',
  id: 'job-1',
  kind: 'CONSORTIUM_OVERVIEW',
  format: 'PDF',
  status: 'QUEUED',
  progress: 0,
  fileName: 'consortium-overview-most-2026-01-01-2026-06-30.pdf',
  error: null,
  ...values,
});

const started = (format: 'PDF' | 'CSV' | 'XLSX', answer: ExportJobFieldsFragment, language = 'en') => ({
  request: { query: StartExportDocument, variables: { input: input(format, language) } },
  result: { data: { __typename: 'Mutation' as const, startExport: answer } },
});
const polled = (answer: ExportJobFieldsFragment) => ({
  request: { query: ExportJobDocument, variables: { id: answer.id } },
  result: { data: { __typename: 'Query' as const, exportJob: answer } },
});

/** A session whose fetch records the URLs asked for and answers with a small file. */
function fakeSession(status = 200) {
  const urls: string[] = [];
  const store = {
    fetchWithSession: async (url: string) => {
      urls.push(url);
      return { ok: status === 200, status, blob: async () => new Blob(['%PDF-1.7 …']) } as Response;
    },
  } as unknown as SessionStore;
  return { store, urls };
}

/** What the page hands to the browser as a download: the link's file name and blob URL. */
const downloads: { name: string; href: string }[] = [];
beforeAll(() => {
  URL.createObjectURL = () => 'blob:bridgeway/file';
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.getAttribute('href') ?? '' });
  };
});
beforeEach(() => downloads.splice(0));

function render(mocks: Parameters<typeof renderWithProviders>[1] extends infer O ? (O extends { mocks?: infer M } ? M : never) : never, status = 200, language: 'en' | 'nb' | 'sl' = 'en') {
  const session = fakeSession(status);
  const view = renderWithProviders(
    <SessionProvider store={session.store}>
      <ExportButtons kind="CONSORTIUM_OVERVIEW" consortiumId="c-most" period={period} />
    </SessionProvider>,
    { mocks, language },
  );
  return { ...view, urls: session.urls };
}

describe('ExportButtons', () => {
  it('starts the export, shows its progress with an accessible label, then downloads the file with the session', async () => {
    const { urls, container } = render([
      started('PDF', job({})),
      polled(job({ status: 'RUNNING', progress: 40 })),
      polled(job({ status: 'DONE', progress: 100 })),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'PDF: export the file' }));
    const bar = await screen.findByRole('progressbar', { name: 'Preparing the PDF file' }, { timeout: 3000 });
    expect(screen.getByRole('button', { name: 'CSV: export the file' })).toBeDisabled();
    expect(await screen.findByText('Preparing the PDF file: 40 %', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(await screen.findByText(`${job({}).fileName} is downloaded.`, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(urls).toEqual(['/api/exports/job-1/file']);
    expect(downloads).toEqual([{ name: job({}).fileName, href: 'blob:bridgeway/file' }]);
    expect(screen.getByRole('button', { name: 'PDF: export the file' })).toBeEnabled();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('asks for the file in the language of the page (Slovenian)', async () => {
    const done = job({ format: 'XLSX', status: 'DONE', progress: 100, fileName: 'pregled.xlsx' });
    const { urls } = render([started('XLSX', job({ format: 'XLSX' }), 'sl'), polled(done)], 200, 'sl');
    await userEvent.click(screen.getByRole('button', { name: 'Excel (XLSX): izvozi datoteko' }));
    expect(await screen.findByText('Datoteka pregled.xlsx je prenesena.', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(urls).toEqual(['/api/exports/job-1/file']);
  });

  it('says why the server refused the export (too many running) and downloads nothing', async () => {
    const { urls } = render([
      { request: { query: StartExportDocument, variables: { input: input('CSV') } }, result: { errors: [apiError('CONFLICT', { reason: 'EXPORT_LIMIT_REACHED' })] } },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'CSV: export the file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You already have several exports running');
    expect(urls).toEqual([]);
    expect(downloads).toEqual([]);
  });

  it('shows a failed job’s reason', async () => {
    render([started('PDF', job({})), polled(job({ status: 'FAILED', progress: 5, error: 'Consortium was not found' }))]);
    await userEvent.click(screen.getByRole('button', { name: 'PDF: export the file' }));
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('The export could not be made: Consortium was not found');
    expect(downloads).toEqual([]);
  });

  it('reports a download the server refuses', async () => {
    const { urls } = render([started('CSV', job({ format: 'CSV', status: 'DONE', progress: 100 }))], 404);
    await userEvent.click(screen.getByRole('button', { name: 'CSV: export the file' }));
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent('The file could not be downloaded');
    expect(urls).toEqual(['/api/exports/job-1/file']);
    expect(downloads).toEqual([]);
  });
});
