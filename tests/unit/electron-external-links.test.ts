import { describe, expect, it, vi } from 'vitest';
import { createLinkOpener } from '../../electron/main/external-links';
import { parseExternalUrl } from '../../shared/ipc/external-url';

describe('parseExternalUrl', () => {
  it.each([
    ['https://www.maff.go.jp/j/a.html?x=1#top', 'https://www.maff.go.jp/j/a.html?x=1#top'],
    ['HTTPS://Example.COM/a b', 'https://example.com/a%20b'],
    ['mailto:coi-next@mext.go.jp', 'mailto:coi-next@mext.go.jp'],
    ['mailto:a@b.go.jp?subject=%E7%9B%B8%E8%AB%87', 'mailto:a@b.go.jp?subject=%E7%9B%B8%E8%AB%87'],
    ['mailto:a@b.go.jp?Subject=hello world', 'mailto:a@b.go.jp?subject=hello%20world'],
    ['tel:0352534111', 'tel:0352534111'],
    ['tel:+81-3-5253-4111', 'tel:+81-3-5253-4111'],
  ])('allows %s as %s', (raw, href) => {
    expect(parseExternalUrl(raw)?.href).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'http://example.com/',
    'smb://host/share',
    '//example.com',
    'https://user:pw@evil.example/',
    'mailto:a@b.jp?bcc=spy@evil.example',
    'mailto:a@b.jp?cc=spy@evil.example',
    'mailto:a@b.jp?attach=/etc/passwd',
    'mailto:a@b.jp?subject=x&attach=C:%5Csecret.txt',
    'mailto:a@b.jp?subject=x&subject=y',
    'mailto:a@b.jp?body=x',
    'mailto:a@b.jp?subject=x%0D%0ABcc:%20spy@evil.example',
    'mailto:a@b.jp,spy@evil.example',
    'mailto:?to=a@b.jp',
    'mailto:a@b.jp%0ABcc:spy@evil.example',
    'mailto:a@b.jp#x',
    'tel:javascript:alert(1)',
    'tel:03 5253 4111',
    'tel:03-5253-4111;ext=1',
    'tel:0352534111?x=1',
    'tel:+',
    'tel:*31#',
  ])('refuses %s', (raw) => {
    expect(parseExternalUrl(raw)).toBeNull();
  });

  it('names the host in its ASCII form, so a look-alike name shows as what it is', () => {
    expect(parseExternalUrl('https://例え.jp/')).toMatchObject({ kind: 'https', host: 'xn--r8jz45g.jp' });
  });
});

describe('the link opener', () => {
  function setup(response: number) {
    const shell = { openExternal: vi.fn().mockResolvedValue(undefined) };
    const dialog = { showMessageBox: vi.fn().mockResolvedValue({ response, checkboxChecked: false }) };
    return { shell, dialog, open: createLinkOpener({ shell, dialog }) };
  }
  const window = { id: 1 } as never;

  it('opens a web page only after the user confirms its host, in the UI language', async () => {
    const yes = setup(0);
    await expect(yes.open('https://www.maff.go.jp/j/', { window, locale: 'ja' })).resolves.toBe(true);
    expect(yes.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        message: 'www.maff.go.jp をブラウザで開きますか？',
        detail: expect.stringContaining('https://www.maff.go.jp/j/'),
        buttons: ['開く', 'キャンセル'],
        defaultId: 1,
        cancelId: 1,
      }),
    );
    expect(yes.shell.openExternal).toHaveBeenCalledWith('https://www.maff.go.jp/j/');

    const no = setup(1);
    await expect(no.open('https://evil.example/', { window: null, locale: 'en' })).resolves.toBe(false);
    expect(no.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Open evil.example in your browser?', buttons: ['Open', 'Cancel'] }),
    );
    expect(no.shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens mail and phone links without asking, rebuilt from their parsed parts', async () => {
    const ctx = setup(1);
    await ctx.open('MAILTO:coi-next@mext.go.jp?SUBJECT=相談', { window, locale: 'ja' });
    await ctx.open('tel:0352534111', { window, locale: 'ja' });
    expect(ctx.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(ctx.shell.openExternal.mock.calls).toEqual([
      ['mailto:coi-next@mext.go.jp?subject=%E7%9B%B8%E8%AB%87'],
      ['tel:0352534111'],
    ]);
  });

  it('never asks about, nor opens, a link the rules refuse', async () => {
    const ctx = setup(0);
    for (const raw of ['javascript:alert(1)', 'tel:javascript:alert(1)', 'mailto:a@b.jp?bcc=x@y.jp'])
      await expect(ctx.open(raw, { window, locale: 'ja' })).resolves.toBe(false);
    expect(ctx.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(ctx.shell.openExternal).not.toHaveBeenCalled();
  });
});
