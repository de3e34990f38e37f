import { describe, expect, it } from 'vitest';
import { cleanFileName, cleanFileNameFor } from '../../shared/security/file-name';

describe('file names the app suggests', () => {
  it.each([
    ['候補リスト', '候補リスト'],
    ['B市 ワークショップ/候補', 'B市 ワークショップ_候補'],
    ['CON', 'CON_'],
    ['nul.json', 'nul_.json'],
    ['com1.csv', 'com1_.csv'],
    ['LPT¹.txt', 'LPT¹_.txt'],
    ['a.csv.', 'a.csv'],
    ['a.csv . . ', 'a.csv'],
    ['  前後の空白  ', '前後の空白'],
    ['tab\there', 'tab here'],
    ['line\nbreak', 'line break'],
    ['bell\u0007', 'bell_'],
    ['invoice\u202Efdp.exe', 'invoice_fdp.exe'],
    ['\u2066isolate\u2069.csv', '_isolate_.csv'],
    ['a<b>c:d"e|f?g*h', 'a_b_c_d_e_f_g_h'],
    ['..', '_'],
    ['', '_'],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('keeps a long Japanese name within 80 characters, extension intact', () => {
    const name = cleanFileName(`${'支援制度'.repeat(40)}.xlsx`);
    expect(name).toHaveLength(80);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it('ends in an allowed extension, adding the first one when needed', () => {
    expect(cleanFileNameFor('list.json', ['json'])).toBe('list.json');
    expect(cleanFileNameFor('list.JSON', ['json'])).toBe('list.JSON');
    expect(cleanFileNameFor('table.xlsx', ['csv', 'xlsx'])).toBe('table.xlsx');
    expect(cleanFileNameFor('run.bat', ['csv', 'xlsx'])).toBe('run.bat.csv');
    expect(cleanFileNameFor('noext', ['pdf'])).toBe('noext.pdf');
    expect(cleanFileNameFor('nul', ['json'])).toBe('nul_.json');
    expect(cleanFileNameFor('.json', ['json'])).toBe('.json.json');
  });
});
