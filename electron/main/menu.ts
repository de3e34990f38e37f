import type { MenuItemConstructorOptions } from 'electron';

/** Japanese application menu built from Electron's standard roles (they localise behaviour, not labels). */
export function applicationMenuTemplate(isMac: boolean, isPackaged: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: '再読み込み' },
    { type: 'separator' },
    { role: 'resetZoom', label: '実際のサイズ' },
    { role: 'zoomIn', label: '拡大' },
    { role: 'zoomOut', label: '縮小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'フルスクリーン' },
  ];
  if (!isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: '開発者ツール' });
  return [
    ...(isMac
      ? [
          {
            label: '支援メニューナビ',
            submenu: [
              { role: 'about', label: '支援メニューナビについて' },
              { type: 'separator' },
              { role: 'hide', label: '支援メニューナビを隠す' },
              { role: 'hideOthers', label: 'ほかを隠す' },
              { role: 'unhide', label: 'すべてを表示' },
              { type: 'separator' },
              { role: 'quit', label: '支援メニューナビを終了' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'ファイル',
      submenu: [isMac ? { role: 'close', label: 'ウィンドウを閉じる' } : { role: 'quit', label: '終了' }],
    },
    {
      label: '編集',
      submenu: [
        { role: 'undo', label: '元に戻す' },
        { role: 'redo', label: 'やり直す' },
        { type: 'separator' },
        { role: 'cut', label: '切り取り' },
        { role: 'copy', label: 'コピー' },
        { role: 'paste', label: '貼り付け' },
        { role: 'selectAll', label: 'すべてを選択' },
      ],
    },
    { label: '表示', submenu: view },
    {
      label: 'ウィンドウ',
      role: 'window',
      submenu: [
        { role: 'minimize', label: '最小化' },
        { role: 'zoom', label: 'ズーム' },
      ],
    },
  ];
}
