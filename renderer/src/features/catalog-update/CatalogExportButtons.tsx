import { useState } from 'react';
import { writeUnsignedPack } from '../../../../shared/catalog/catalog-pack';
import { catalogToTable } from '../../../../shared/catalog-table/program-table';
import { db } from '../../db/db';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { encodeExport } from '../export/run-export';
import { loadInstalledCatalog } from './installed-catalog';
import { errorMessage } from '../../../../shared/error-message';

type Target = 'pack' | 'xlsx' | 'csv';

/** The installed catalog as a pack for colleagues, or as a program table for a maintainer to edit in Excel. */
export function CatalogExportButtons({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const write = useCheckedWrite();

  const exportAs = async (target: Target) => {
    setFailure(null);
    setBusy(true);
    try {
      const installed = await loadInstalledCatalog(db);
      if (!installed.ok) {
        const first = installed.problems[0]!;
        setFailure(
          t('update.exportFailed', { message: `${first.record} / ${first.field}: ${first.message}` }),
        );
        return;
      }
      const { catalog } = installed;
      const name = `catalog-${catalog.meta.catalogVersion}`;
      if (target === 'pack') {
        await getPlatform().saveFile(
          'catalogPack',
          `${name}-unsigned.json`,
          writeUnsignedPack(catalog),
          'application/json',
        );
      } else {
        const file = await encodeExport(catalogToTable(catalog), target, 'プログラム');
        await getPlatform().saveFile('catalogTable', `${name}.${file.extension}`, file.data, file.mimeType);
      }
    } catch (error) {
      setFailure(t('update.exportFailed', { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="toolbar">
        <button type="button" disabled={disabled || busy} onClick={() => write.run(() => exportAs('pack'))}>
          {t('update.exportPack')}
        </button>
        <button type="button" disabled={disabled || busy} onClick={() => write.run(() => exportAs('xlsx'))}>
          {t('update.exportTableXlsx')}
        </button>
        <button type="button" disabled={disabled || busy} onClick={() => write.run(() => exportAs('csv'))}>
          {t('update.exportTableCsv')}
        </button>
      </p>
      <p className="help">{t('update.exportHelp')}</p>
      {failure && <p role="alert">{failure}</p>}
    </>
  );
}
