import { expect, screenshot, test } from './fixtures';
import type { Profile } from '../../shared/matching/profile';
import { chooseOption, chooseRadio, expectGroupsAsEngine, pressOn, tabTo } from './wizard-helpers';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('a university liaison officer finds programs with the keyboard, saves the profile and reopens it', async ({
  guardedPage: page,
}) => {
  test.slow(); // every step by keyboard, on a machine shared with other builds
  await page.goto('/#/programs');
  await pressOn(page, page.getByRole('link', { name: '申請先を探す' }), 'Enter');

  // Step 1: who applies (required).
  const question = page.getByRole('heading', { level: 1 });
  await expect(question).toHaveText('どのような組織が申請しますか');
  await expect(question).toBeFocused();
  await expect(page.getByRole('navigation', { name: '進捗' })).toContainText('ステップ 1 / 5');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(page.getByRole('alert')).toHaveText('組織の種類を選んでください。');
  await screenshot(page, 'wizard-1-org-missing');
  await chooseRadio(page, '大学等研究機関（種類を特定しない）');
  await screenshot(page, 'wizard-1-org');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');

  // Step 2: prefecture, chosen with the arrow keys.
  await expect(question).toHaveText(/組織の所在地はどこですか/);
  await expect(question).toBeFocused();
  await chooseOption(page, page.getByLabel('都道府県'), '山形県');
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
  await expect(answers).toContainText('大学等研究機関');
  await expect(answers).toContainText('山形県');
  await expect(answers).toContainText('健康・医療');
  await expect(answers).toContainText('研究開発');
  await screenshot(page, 'wizard-5-review');
  await pressOn(page, page.getByRole('button', { name: '結果を見る →' }), 'Enter');

  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeFocused();
  await expect(page).toHaveURL(
    /#\/wizard\/result\?org=university&pref=%E5%B1%B1%E5%BD%A2%E7%9C%8C&theme=health&need=research$/,
  );
  await expect(page.locator('.result-for')).toHaveText('診断した組織: 大学等研究機関（山形県）');
  const profile: Profile = {
    members: [{ org: 'university', prefecture: '山形県' }],
    themes: ['health'],
    needs: ['research'],
    stage: null,
    openOnly: false,
  };
  const expected = await expectGroupsAsEngine(page, profile);
  expect(expected.eligible.map((p) => p.id)).toContain('coi-next');
  expect(expected.ended.map((p) => p.id)).toContain('life-innovation-startup-challenge');

  const coi = page.locator('.result-card[data-program-id="coi-next"]');
  await expect(coi).toContainText('申請主体（該当）: 資料は申請主体に「大学等研究機関」を明記 [1]');
  await expect(coi).toContainText('支援内容（関心と一致）: 「研究開発」を支援');
  await expect(coi).toContainText('地域（参考）: 資料に対象地域の記載なし');
  // The source quote is evidence, shown once and only on demand, not repeated as a reason.
  const row = '共創の場形成支援プログラム ①大学等研究機関 13,750,508 有';
  await expect(coi.locator('.reasons').filter({ hasText: row })).toHaveCount(0);
  await expect(coi.getByText(row)).toBeHidden();
  await pressOn(page, coi.getByText(/根拠となる資料の記載/), 'Enter');
  await expect(coi.getByText(row)).toHaveCount(1);
  await expect(coi.getByText(row)).toBeVisible();
  await expect(coi.getByRole('link', { name: 'coi-next@mext.go.jp' })).toHaveAttribute(
    'href',
    'mailto:coi-next@mext.go.jp',
  );
  const venture = page.locator('.result-card[data-program-id="medical-venture-total-support"]');
  await expect(page.locator('.group-check')).toContainText('医療系ベンチャートータルサポート事業');
  await expect(venture.locator('.badge-warn')).toHaveText('新規採択なし（令和4年度）');
  await expect(venture).toContainText(
    '資料は申請主体に含めていますが、募集状況の判定により「要確認」としています。',
  );
  await expect(page.locator('.card[data-community-id="tsuruoka"]')).toContainText('同じ都道府県');
  await screenshot(page, 'wizard-result-university');

  // Open a program and come back to the same results.
  // The program's link is above the evidence just opened: Shift+Tab back up to it.
  await tabTo(page, coi.getByRole('link', { name: '共創の場形成支援プログラム' }), 30, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: '共創の場形成支援プログラム', exact: true }),
  ).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeVisible();
  // Back returns to the card the program was opened from.
  await expect(coi.getByRole('link', { name: '共創の場形成支援プログラム' })).toBeFocused();
  await expectGroupsAsEngine(page, profile);

  // Save (above the cards): the result then names the profile; reload, reopen from the list.
  await tabTo(page, page.getByLabel(/この回答に名前を付けて保存/), 60, 'Shift+Tab');
  await page.keyboard.type('A大学 URA 山田先生');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toHaveText(
    '「A大学 URA 山田先生」として保存しました。',
  );
  await expect(page.locator('.result-for')).toHaveText(
    '「A大学 URA 山田先生」 診断した組織: 大学等研究機関（山形県）',
  );
  await page.reload();
  await page.goto('/#/wizard');
  const saved = page.locator('.saved-profile').filter({ hasText: 'A大学 URA 山田先生' });
  await expect(saved).toContainText('大学等研究機関（山形県）');
  await screenshot(page, 'wizard-saved-profiles');
  await pressOn(page, saved.getByRole('link', { name: /結果を開く/ }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeVisible();
  await expect(page.locator('.result-for')).toContainText('「A大学 URA 山田先生」');
  await expectGroupsAsEngine(page, profile);
});

test('an NPO in 京都府 finds its type by a word and is never told ②民間事業者等 programs are 対象', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/wizard');
  await tabTo(page, page.getByLabel(/種類を言葉で絞り込む/));
  await page.keyboard.type('NPO');
  await expect(page.getByText('一致する種類: 1')).toBeVisible();
  await expect(page.locator('input[name=org]:visible')).toHaveCount(1);
  await screenshot(page, 'wizard-1-org-filter-npo');
  await chooseRadio(page, 'NPO法人');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await chooseOption(page, page.getByLabel('都道府県'), '京都府');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/関心のあるテーマ/);
  await pressOn(page, page.getByRole('button', { name: 'スキップ' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/どのような支援が必要/);
  await pressOn(page, page.getByRole('button', { name: 'スキップ' }), 'Enter');
  await pressOn(page, page.getByRole('button', { name: '結果を見る →' }), 'Enter');

  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeFocused();
  const profile: Profile = {
    members: [{ org: 'npo', prefecture: '京都府' }],
    themes: [],
    needs: [],
    stage: null,
    openOnly: false,
  };
  const expected = await expectGroupsAsEngine(page, profile);
  expect(expected.eligible).toEqual([]);
  await expect(page.locator('#group-eligible')).toHaveText('対象（0 件）');
  // Nothing to save in one click, and the disabled button says why.
  const saveAll = page.getByRole('button', { name: '「申請できる」制度をまとめて新しいリストに保存' });
  await expect(saveAll).toBeDisabled();
  await expect(saveAll).toHaveAccessibleDescription(/「対象」の制度がないため/);
  const biomass = page.locator('.result-card[data-program-id="biomass-local-production"]');
  await expect(biomass).toContainText(
    '資料は申請主体を「民間事業者等」とし、「NPO法人」が含まれるかは記載なし',
  );
  await expect(page.locator('.group-counts')).toContainText('終了した制度（参考） 10');
  // The global bio community covers 京都府 (関西圏).
  await expect(page.locator('.card[data-community-id="global-bio-community"]')).toContainText('同じ都道府県');
  await screenshot(page, 'wizard-result-npo-kyoto');
});

test('a municipal planner in 北海道 sees open programs only, the Kinki declaration as 要確認, and changes an answer from the result', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/wizard');
  await tabTo(page, page.getByLabel(/種類を言葉で絞り込む/));
  await page.keyboard.type('市町村');
  await chooseRadio(page, '市区町村');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await chooseOption(page, page.getByLabel('都道府県'), '北海道');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await pressOn(page, page.getByRole('checkbox', { name: /③ 持続的一次生産システム/ }), 'Space');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await pressOn(page, page.getByRole('button', { name: 'スキップ' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('回答を確認してください');
  await pressOn(page, page.getByRole('checkbox', { name: '新規募集のある制度だけを表示する' }), 'Space');
  await screenshot(page, 'wizard-5-review-open-only');
  await pressOn(page, page.getByRole('button', { name: '結果を見る →' }), 'Enter');

  const profile: Profile = {
    members: [{ org: 'city', prefecture: '北海道' }],
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
  await expect(page.locator('.hidden-count')).toContainText(
    `新規募集が確認できない ${expected.hidden.length} 件を表示していません。`,
  );
  const grant = page.locator('.result-card[data-program-id="regional-university-industry-grant"]');
  await expect(grant).toContainText('資料は申請主体を「自治体」とし、「市区町村」はこれに含まれる');
  await expect(grant.getByRole('link', { name: '03-6257-3803' })).toHaveAttribute('href', 'tel:0362573803');
  const declaration = page.locator('[data-framework-id="kagayaku-inochi-declaration"]');
  await expect(declaration).toContainText('要確認');
  await expect(declaration).toContainText(
    '近畿経済産業局管内に関わる制度と推定され、北海道は含まれない（要確認）',
  );
  await expect(page.locator('.card').first()).toHaveAttribute('data-community-id', 'hokkaido-prime');
  await screenshot(page, 'wizard-result-municipality-hokkaido');

  // 変更 goes to that step and straight back to the result.
  await pressOn(page, page.getByRole('link', { name: 'テーマを変更' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/関心のあるテーマ/);
  await expect(page.getByRole('checkbox', { name: /③ 持続的一次生産システム/ })).toBeChecked();
  await pressOn(page, page.getByRole('checkbox', { name: '健康・医療' }), 'Space');
  // Opened from the result, each way back says what it does with the answer: none is a bare スキップ.
  await expect(page.getByRole('button', { name: '回答を外して結果に戻る' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'スキップ' })).toHaveCount(0);
  await screenshot(page, 'wizard-3-themes-return');
  await pressOn(page, page.getByRole('button', { name: 'この回答で結果に戻る →' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeFocused();
  await expect(page.locator('.answers')).toContainText('健康・医療');
  await expectGroupsAsEngine(page, { ...profile, themes: ['d3', 'health'] });
  // And back without changes.
  await pressOn(page, page.getByRole('link', { name: '新規募集のある制度だけを表示するを変更' }), 'Enter');
  await pressOn(page, page.getByRole('button', { name: '← 変更せずに結果に戻る' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeFocused();
  await expect(page.locator('.hidden-count')).toBeVisible();
});

test('a team of a university, a company and a municipality in 新潟県: who could apply, and the make-up a program asks for', async ({
  guardedPage: page,
}) => {
  test.slow();
  await page.goto('/#/wizard');
  await chooseRadio(page, 'チーム（コンソーシアム）', 'mode');
  await expect(page.getByRole('navigation', { name: '進捗' })).toContainText('ステップ 1 / 4');
  await chooseOption(page, page.locator('#member-0-type'), '国立大学法人');
  await chooseOption(page, page.locator('#member-0-pref'), '新潟県');
  await chooseOption(page, page.locator('#member-1-type'), '中小企業');
  await chooseOption(page, page.locator('#member-1-pref'), '新潟県');
  await pressOn(page, page.getByRole('button', { name: 'メンバーを追加' }), 'Enter');
  await expect(page.locator('#member-2-type')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'メンバー3を追加しました。' })).toBeVisible();
  // The new member takes the lead's prefecture; its type is missing until chosen.
  await expect(page.locator('#member-2-pref')).toHaveValue('新潟県');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(page.getByRole('alert')).toHaveText('メンバー3の種類を選んでください。');
  await expect(page.locator('#member-2-type')).toBeFocused();
  await chooseOption(page, page.locator('#member-2-type'), '市区町村');
  await screenshot(page, 'wizard-1-team');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/関心のあるテーマ/);
  await pressOn(page, page.getByRole('button', { name: 'スキップ' }), 'Enter');
  // Each step's own スキップ: the next is pressed once the step it belongs to is there.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/どのような支援が必要/);
  await pressOn(page, page.getByRole('button', { name: 'スキップ' }), 'Enter');
  await expect(page.locator('.answers')).toContainText(
    '国立大学法人（新潟県・代表）、中小企業（新潟県）、市区町村（新潟県）',
  );
  await pressOn(page, page.getByRole('button', { name: '結果を見る →' }), 'Enter');

  const profile: Profile = {
    members: [
      { org: 'national-university', prefecture: '新潟県' },
      { org: 'sme', prefecture: '新潟県' },
      { org: 'city', prefecture: '新潟県' },
    ],
    themes: [],
    needs: [],
    stage: null,
    openOnly: false,
  };
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeFocused();
  await expect(page.locator('.result-for')).toHaveText(
    '診断したチーム: 国立大学法人（新潟県・代表）、中小企業（新潟県）、市区町村（新潟県）',
  );
  const expected = await expectGroupsAsEngine(page, profile);
  const hub = expected.eligible.find((p) => p.id === 'industry-academia-fusion-hub-creation')!;
  expect(hub.members!.map((m) => m.canApply)).toEqual(['no', 'yes', 'no']);
  const card = page.locator('.result-card[data-program-id="industry-academia-fusion-hub-creation"]');
  await expect(card).toContainText('代表ではなく「中小企業」のメンバーが申請主体に当たる');
  await expect(card).toContainText('資料が求める体制（「大学等研究機関」、「企業」）をチームが満たす');
  const table = card.getByRole('table', { name: /メンバーごとの判定/ });
  // The program's name in the caption is marked Japanese, for a screen reader's English voice too.
  await expect(table.locator('caption [lang="ja"]')).toHaveText(hub.name);
  const rows = table.getByRole('row');
  await expect(rows).toHaveText([
    /メンバー/,
    /国立大学法人.*該当しない/,
    /中小企業.*申請できる/,
    /市区町村.*該当しない/,
  ]);
  await expect(page.locator('.card[data-community-id="nagaoka"]')).toContainText('同じ都道府県');
  await screenshot(page, 'wizard-result-team-niigata');

  // A team is saved like a profile.
  await tabTo(page, page.getByLabel(/この回答に名前を付けて保存/));
  await page.keyboard.type('新潟コンソーシアム');
  await page.keyboard.press('Enter');
  await expect(page.getByText('「新潟コンソーシアム」として保存しました。')).toBeVisible();
  await page.goto('/#/wizard');
  const saved = page.locator('.saved-profile').filter({ hasText: '新潟コンソーシアム' });
  await expect(saved).toContainText(
    'チーム: 国立大学法人（新潟県・代表）、中小企業（新潟県）、市区町村（新潟県）',
  );
  await pressOn(page, saved.getByRole('link', { name: /結果を開く/ }), 'Enter');
  await expect(page.locator('.result-for')).toContainText('「新潟コンソーシアム」');
  await expectGroupsAsEngine(page, profile);
});

test('the result page in English: headings, groups and every reason in English', async ({
  guardedPage: page,
}) => {
  await page.goto(
    '/#/wizard/result?member=national-university:%E6%96%B0%E6%BD%9F%E7%9C%8C&member=sme:%E6%96%B0%E6%BD%9F%E7%9C%8C&member=city:',
  );
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeVisible();
  await chooseEnglish(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(page.locator('.result-for')).toHaveText(
    'For the team: National universities (Niigata, lead); Small and medium-sized enterprises (SMEs) (Niigata); Cities, towns and villages',
  );
  const profile: Profile = {
    members: [
      { org: 'national-university', prefecture: '新潟県' },
      { org: 'sme', prefecture: '新潟県' },
      { org: 'city', prefecture: null },
    ],
    themes: [],
    needs: [],
    stage: null,
    openOnly: false,
  };
  await expectGroupsAsEngine(page, profile, 'en');
  await expect(page.locator('.group-counts')).toHaveText(
    /Eligible \d+\s*To be confirmed \d+\s*Not eligible \d+\s*Ended programs \(reference\) 10/,
  );
  const reasons = await page
    .locator('.reason, .member-fits td, .held-back, .ended-when, .badge-warn')
    .allTextContents();
  expect(reasons.length).toBeGreaterThan(200);
  for (const text of reasons) expect(text).not.toMatch(JAPANESE);
  const hub = page.locator('.result-card[data-program-id="regional-core-university-fusion-hub"]');
  await expect(hub).toContainText(
    'The team has the members the source asks for (“Companies” and “Universities and research institutions”)',
  );
  await screenshot(page, 'wizard-result-team-en');

  // The wizard's first step in English, with the type filter.
  await page.goto('/#/wizard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who would apply?');
  await tabTo(page, page.getByLabel(/Filter the kinds by a word/));
  await page.keyboard.type('JA');
  await expect(
    page.getByRole('radio', { name: 'Cooperatives (agricultural, fishery, forest owners’)' }),
  ).toBeVisible();
  await screenshot(page, 'wizard-1-org-en');
});

async function chooseEnglish(page: import('@playwright/test').Page) {
  const english = page.getByRole('button', { name: 'English' });
  // The language toggle is in the header, above the focused heading: Shift+Tab back to it.
  await tabTo(page, english, 20, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(english).toHaveAttribute('aria-pressed', 'true');
}

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
  await expect(page.getByRole('status').filter({ hasText: '削除しました' })).toHaveText(
    '「B社 バイオ事業部」を削除しました。',
  );
  await expect(page.locator('.saved-profile')).toHaveCount(0);
});

test('a broken result link explains itself', async ({ guardedPage: page }) => {
  // No valid type, a member of no valid type, a team of one: nothing to match.
  for (const link of [
    '/#/wizard/result?org=alien',
    '/#/wizard/result?member=alien:&member=city:',
    '/#/wizard/result?member=npo:Atlantis',
  ]) {
    await page.goto(link);
    await expect(page.getByRole('alert')).toContainText('結果を表示できません');
    await expect(page.getByRole('link', { name: 'はじめから回答する' })).toBeVisible();
  }
});
