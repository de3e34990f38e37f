import { expect, screenshot, test } from './fixtures';
import type { Profile } from '../../shared/matching/profile';
import { chooseRadio, expectGroupsAsEngine, pressOn, tabTo } from './wizard-helpers';

test('a university liaison officer finds programs with the keyboard, saves the profile and reopens it', async ({
  guardedPage: page,
}) => {
  await page.goto('/');
  await pressOn(page, page.getByRole('link', { name: '申請先を探す' }), 'Enter');

  // Step 1: organisation type (required).
  const question = page.getByRole('heading', { level: 1 });
  await expect(question).toHaveText('あなたの組織の種類を選んでください');
  await expect(question).toBeFocused();
  await expect(page.getByRole('navigation', { name: '進捗' })).toContainText('ステップ 1 / 5');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(page.getByRole('alert')).toHaveText('組織の種類を選んでください。');
  await screenshot(page, 'wizard-1-org-missing');
  await chooseRadio(page, '大学・高専・研究機関');
  await screenshot(page, 'wizard-1-org');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');

  // Step 2: prefecture, chosen with the arrow keys.
  await expect(question).toHaveText(/組織の所在地はどこですか/);
  await expect(question).toBeFocused();
  await tabTo(page, page.getByLabel('都道府県'));
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('都道府県')).toHaveValue('山形県');
  await screenshot(page, 'wizard-2-region');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');

  // Step 3: themes.
  await expect(question).toHaveText(/関心のあるテーマを選んでください/);
  await pressOn(page, page.getByRole('checkbox', { name: '健康・医療' }), 'Space');
  await screenshot(page, 'wizard-3-themes');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');

  // Step 4: needs.
  await expect(question).toHaveText(/どのような支援が必要ですか/);
  await pressOn(page, page.getByRole('checkbox', { name: '研究開発' }), 'Space');
  await screenshot(page, 'wizard-4-needs');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');

  // Step 5: review, then results.
  await expect(question).toHaveText('回答を確認してください');
  const answers = page.locator('.answers');
  await expect(answers).toContainText('大学・高専・研究機関');
  await expect(answers).toContainText('山形県');
  await expect(answers).toContainText('健康・医療');
  await expect(answers).toContainText('研究開発');
  await screenshot(page, 'wizard-5-review');
  await pressOn(page, page.getByRole('button', { name: '結果を見る →' }), 'Enter');

  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeFocused();
  await expect(page).toHaveURL(
    /#\/wizard\/result\?org=university&pref=%E5%B1%B1%E5%BD%A2%E7%9C%8C&theme=health&need=research$/,
  );
  const profile: Profile = {
    org: 'university',
    prefecture: '山形県',
    themes: ['health'],
    needs: ['research'],
    stage: null,
    openOnly: false,
  };
  const expected = await expectGroupsAsEngine(page, profile);
  expect(expected.eligible.map((p) => p.id)).toContain('coi-next');

  const coi = page.locator('.result-card[data-program-id="coi-next"]');
  await expect(coi).toContainText('申請主体（該当）: 資料に「①大学等研究機関」と明記');
  await expect(coi).toContainText('共創の場形成支援プログラム ①大学等研究機関 13,750,508 有');
  await expect(coi).toContainText('支援内容（該当）: 「研究開発」を支援');
  await expect(coi).toContainText('地域（要確認）');
  await expect(coi.getByRole('link', { name: 'coi-next@mext.go.jp' })).toHaveAttribute(
    'href',
    'mailto:coi-next@mext.go.jp',
  );
  await expect(page.locator('.result-card[data-program-id="medical-venture-total-support"]')).toContainText(
    '新規課題採択 無（令和4年度）',
  );
  await expect(page.locator('.card[data-community-id="tsuruoka"]')).toContainText('同じ都道府県');
  await screenshot(page, 'wizard-result-university');

  // Open a program and come back to the same results.
  await pressOn(page, coi.getByRole('link', { name: '共創の場形成支援プログラム' }), 'Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: '共創の場形成支援プログラム', exact: true }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeVisible();
  await expectGroupsAsEngine(page, profile);

  // Save, reload, reopen.
  await tabTo(page, page.getByLabel(/この回答に名前を付けて保存/));
  await page.keyboard.type('A大学 URA 山田先生');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toHaveText(
    '「A大学 URA 山田先生」として保存しました。',
  );
  await page.reload();
  await page.goto('/#/wizard');
  const saved = page.locator('.saved-profile').filter({ hasText: 'A大学 URA 山田先生' });
  await expect(saved).toContainText('大学・高専・研究機関 · 山形県');
  await screenshot(page, 'wizard-saved-profiles');
  await pressOn(page, saved.getByRole('link', { name: /結果を開く/ }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeVisible();
  await expectGroupsAsEngine(page, profile);
});

test('a municipal planner asks for open programs only and gets the declaration and the nearby community', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/wizard');
  await chooseRadio(page, '自治体');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await tabTo(page, page.getByLabel('都道府県'));
  // 北海道, 東北 (6), then 関東 (7), then 新潟県 opens 中部.
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('都道府県')).toHaveValue('新潟県');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await pressOn(page, page.getByRole('checkbox', { name: /③ 持続的一次生産システム/ }), 'Space');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await pressOn(page, page.getByRole('button', { name: 'スキップ' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('回答を確認してください');
  await pressOn(
    page,
    page.getByRole('checkbox', { name: '新規募集のある制度だけを「対象」に含める' }),
    'Space',
  );
  await pressOn(page, page.getByRole('button', { name: '結果を見る →' }), 'Enter');

  const profile: Profile = {
    org: 'municipality',
    prefecture: '新潟県',
    themes: ['d3'],
    needs: [],
    stage: null,
    openOnly: true,
  };
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeVisible();
  const expected = await expectGroupsAsEngine(page, profile);
  expect(expected.eligible.map((p) => p.id)).toEqual([
    'biomass-local-production',
    'prism-bio-community-survey',
    'regional-circular-ecosphere-platform',
    'regional-university-industry-grant',
  ]);
  const grant = page.locator('.result-card[data-program-id="regional-university-industry-grant"]');
  await expect(grant).toContainText('資料に「③自治体」と明記');
  await expect(grant.getByRole('link', { name: '03-6257-3803' })).toHaveAttribute('href', 'tel:0362573803');
  await expect(page.locator('#frameworks-heading + ul')).toContainText('輝くいのちのものづくり推進宣言');
  await expect(page.locator('.card').first()).toHaveAttribute('data-community-id', 'nagaoka');
  await expect(page.locator('.card[data-community-id="nagaoka"]')).toContainText('同じ都道府県');
  await expect(
    page.locator('.card[data-community-id="nagaoka"]').getByRole('link', { name: '0258-39-2402' }),
  ).toBeVisible();
  await screenshot(page, 'wizard-result-municipality');

  // Every answer can be changed from the result page: drop "open only".
  await pressOn(
    page,
    page.getByRole('link', { name: '確認を変更' }).or(page.getByRole('link', { name: 'テーマを変更' })),
    'Enter',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/関心のあるテーマ/);
  await expect(page.getByRole('checkbox', { name: /③ 持続的一次生産システム/ })).toBeChecked();
});

test('a consultant renames and deletes saved client profiles', async ({ guardedPage: page }) => {
  await page.goto('/#/wizard/result?org=company&theme=health');
  await page.getByLabel(/この回答に名前を付けて保存/).fill('B社（旧名）');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('「B社（旧名）」として保存しました。')).toBeVisible();
  await page.goto('/#/wizard');
  const row = page.locator('.saved-profile').filter({ hasText: 'B社（旧名）' });
  await row.getByRole('button', { name: /名前を変更/ }).click();
  await page.getByLabel('新しい名前').fill('B社 バイオ事業部');
  await page.getByRole('button', { name: '変更を保存' }).click();
  const renamed = page.locator('.saved-profile').filter({ hasText: 'B社 バイオ事業部' });
  await expect(renamed).toBeVisible();
  await page.reload();
  await expect(renamed).toBeVisible();
  await renamed.getByRole('button', { name: /削除/ }).click();
  await page.getByRole('button', { name: '本当に削除' }).click();
  await expect(page.getByRole('status')).toHaveText('「B社 バイオ事業部」を削除しました。');
  await expect(page.locator('.saved-profile')).toHaveCount(0);
});

test('a broken result link explains itself', async ({ guardedPage: page }) => {
  await page.goto('/#/wizard/result?org=alien');
  await expect(page.getByRole('alert')).toContainText('結果を表示できません');
  await expect(page.getByRole('link', { name: 'はじめから回答する' })).toBeVisible();
});
