import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import type { Profile } from '../../shared/matching/profile';
import {
  chooseOption,
  chooseRadio,
  engineSays,
  expectGroupsAsEngine,
  pressOn,
  tabTo,
} from './wizard-helpers';

// What a tester who had never seen the app found in the wizard's answer, each checked as they met it.

const OSAKA = encodeURIComponent('大阪府');
const question = (page: Page) => page.getByRole('heading', { level: 1 });

test('対象 says only what its heading says: a lone 国立大学法人 in 大阪府, by the page and by the engine', async ({
  guardedPage: page,
}) => {
  await page.goto(`/#/wizard/result?org=national-university&pref=${OSAKA}&need=research`);
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeVisible();
  const profile: Profile = {
    members: [{ org: 'national-university', prefecture: '大阪府' }],
    themes: [],
    needs: ['research'],
    stage: null,
    openOnly: false,
  };
  const expected = await expectGroupsAsEngine(page, profile);

  // The hub needs a company partner: not 対象 for a university alone, and the card says why.
  expect(expected.check.map((p) => p.id)).toContain('regional-core-university-fusion-hub');
  const hub = page.locator(
    '.group-check .result-card[data-program-id="regional-core-university-fusion-hub"]',
  );
  await expect(hub.locator('.held-back')).toHaveText(
    '資料は申請主体に含めていますが、チームの判定により「要確認」としています。',
  );
  await expect(hub.locator('.reason-unknown')).toContainText(
    'チーム（要確認）: 資料は「企業」と連携した実施を求める',
  );

  // Inside 対象: nothing 要確認 or 該当しない about whether it may apply; topic fit shown apart.
  const eligible = page.locator('.group-eligible');
  await expect(eligible.locator('.reason-unknown, .reason-not-met')).toHaveCount(0);
  await expect(eligible.locator('.result-card').first()).toBeVisible();
  const prism = eligible.locator('.result-card[data-program-id="prism-bio-community-survey"]');
  await expect(
    prism.getByRole('list', { name: '関心との関連（申請できるかには影響しません）' }),
  ).toContainText('支援内容（関心とは別）: 資料が挙げる支援は「調査」「産学官連携・拠点形成」');
  await expect(prism).toContainText('地域（参考）: 資料に対象地域の記載なし');
  await expect(prism).not.toContainText('地域（要確認）');

  // Calls are as of the documents' year, on the card and at the top.
  await expect(prism).toContainText(
    '募集状況（参考）: 令和4年度の資料では新規課題採択 有。現在の公募の有無と締切は所管に確認を',
  );
  await expect(page.locator('.calls-as-of')).toHaveText(
    '募集状況は各資料の年度（令和4年度）時点の情報です。現在の公募の有無と締切は、申請の前に所管に確認してください。',
  );

  // Programs the documents only mention are named for what is true of them, and none is past.
  const background = page.locator('.background-programs');
  await expect(background.locator('> summary')).toHaveText(
    /^資料で名前が挙がっているだけで、実施状況の記載がない制度（\d+ 件）$/,
  );
  // Comparing with the engine opened the fold and drew every page of it already.
  if ((await background.getAttribute('open')) === null) await background.locator('> summary').click();
  await expect(background.locator('[data-program-id="kakenhi"]')).toContainText(
    '募集状況（要確認）: 実施状況の記載なし',
  );
  for (const id of expected.ended.map((p) => p.id))
    await expect(background.locator(`[data-program-id="${id}"]`)).toHaveCount(0);
  await screenshot(page, 'wizard-followup-university-osaka');
  await eligible.scrollIntoViewIfNeeded();
  await screenshot(page, 'wizard-followup-eligible-cards');
});

test('outside a region: the mark agrees with the words, and a 北海道 city is not offered the Kinki declaration as joinable', async ({
  guardedPage: page,
}) => {
  await page.goto(`/#/wizard/result?org=sme&pref=${OSAKA}`);
  const hub = page.locator('.result-card[data-program-id="bio-manufacturing-demonstration"]');
  await expect(hub.locator('.reason-unknown').filter({ hasText: '地域' })).toHaveText(
    /^\?地域（要確認）: 関東圏に関わる制度で、大阪府は含まれない（応募できるか要確認）/,
  );
  await expect(hub.locator('.reason-not-met')).toHaveCount(0);

  await page.goto(`/#/wizard/result?org=city&pref=${encodeURIComponent('北海道')}`);
  const joinable = page.locator('.frameworks-eligible');
  await expect(joinable.locator('[data-framework-id="kagayaku-inochi-declaration"]')).toHaveCount(0);
  const toConfirm = page.getByRole('region', { name: '参加できるか要確認の認定・宣言制度' });
  await expect(toConfirm.locator('[data-framework-id="kagayaku-inochi-declaration"]')).toContainText(
    '地域（要確認）: 近畿経済産業局管内に関わる制度と推定され、北海道は含まれない（要確認）',
  );
  const engine = engineSays({
    members: [{ org: 'city', prefecture: '北海道' }],
    themes: [],
    needs: [],
    stage: null,
    openOnly: false,
  });
  expect(engine.frameworks.find((f) => f.id === 'kagayaku-inochi-declaration')?.group).toBe('check');
  await toConfirm.scrollIntoViewIfNeeded();
  await screenshot(page, 'wizard-followup-frameworks-hokkaido');

  // In a team's member table the verdict and its reason agree: the region that holds it back is named.
  await page.goto(
    `/#/wizard/result?member=city:${encodeURIComponent('北海道')}&member=university:${encodeURIComponent('北海道')}`,
  );
  const declaration = page.locator('[data-framework-id="kagayaku-inochi-declaration"]');
  const cityRow = declaration.getByRole('row', { name: /市区町村/ });
  await expect(cityRow).toContainText('要確認');
  await expect(cityRow).toContainText(
    '近畿経済産業局管内に関わる制度と推定され、北海道は含まれない（要確認）',
  );
});

test('the browser’s Back keeps every answer given, step by step', async ({ guardedPage: page }) => {
  await page.goto('/#/wizard');
  await chooseRadio(page, '国立大学法人');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(question(page)).toHaveText(/組織の所在地はどこですか/);
  await chooseOption(page, page.getByLabel('都道府県'), '大阪府');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(question(page)).toHaveText(/関心のあるテーマ/);
  await pressOn(page, page.getByRole('checkbox', { name: '健康・医療' }), 'Space');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(question(page)).toHaveText(/どのような支援が必要ですか/);

  await page.goBack();
  await expect(question(page)).toHaveText(/関心のあるテーマ/);
  await expect(page.getByRole('checkbox', { name: '健康・医療' })).toBeChecked();
  await page.goBack();
  await expect(question(page)).toHaveText(/組織の所在地はどこですか/);
  await expect(page.getByLabel('都道府県')).toHaveValue('大阪府');
  await page.goBack();
  await expect(question(page)).toHaveText('どのような組織が申請しますか');
  await expect(page.getByRole('radio', { name: '国立大学法人' })).toBeChecked();
  // And forward again, nothing lost either way.
  await page.goForward();
  await expect(page.getByLabel('都道府県')).toHaveValue('大阪府');
  await page.goForward();
  await expect(page.getByRole('checkbox', { name: '健康・医療' })).toBeChecked();
});

test('a result link with one bad value keeps the rest and names what it left out', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/wizard/result?org=national-university&pref=Atlantis&need=research');
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeVisible();
  await expect(page.locator('.dropped-answers')).toContainText(
    'リンクの次の値は読み取れなかったため、除いています: 都道府県「Atlantis」',
  );
  await expect(page.locator('.result-for')).toHaveText('診断した組織: 国立大学法人');
  await expectGroupsAsEngine(page, {
    members: [{ org: 'national-university', prefecture: null }],
    themes: [],
    needs: ['research'],
    stage: null,
    openOnly: false,
  });
  await screenshot(page, 'wizard-followup-dropped-pref');
  // The offer to fix it opens the region step and comes back to the result.
  await pressOn(page, page.getByRole('link', { name: '回答を直す' }), 'Enter');
  await expect(question(page)).toHaveText(/組織の所在地はどこですか/);
  await chooseOption(page, page.getByLabel('都道府県'), '大阪府');
  await pressOn(page, page.getByRole('button', { name: 'この回答で結果に戻る →' }), 'Enter');
  await expect(page.locator('.result-for')).toHaveText('診断した組織: 国立大学法人（大阪府）');
  await expect(page.locator('.dropped-answers')).toHaveCount(0);

  // Without a valid type there is nothing to match: it says why, and continues with the rest.
  await page.goto(`/#/wizard/result?org=alien&pref=${OSAKA}&theme=d3&theme=d99`);
  await expect(page.getByRole('alert')).toContainText('結果を表示できません');
  await expect(page.locator('.dropped-answers')).toContainText('組織の種類「alien」、テーマ「d99」');
  await pressOn(page, page.getByRole('link', { name: '読み取れた回答で続ける' }), 'Enter');
  await expect(question(page)).toHaveText('どのような組織が申請しますか');
  await expect(page.locator('.dropped-answers')).toContainText('組織の種類「alien」、テーマ「d99」');
  await chooseRadio(page, 'NPO法人');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(page.getByLabel('都道府県')).toHaveValue('大阪府');
  await expect(page.locator('.dropped-answers')).toHaveCount(0);
});

test('saving asks before a second profile or list of the same name, and no stale message stays', async ({
  guardedPage: page,
}) => {
  await page.goto(`/#/wizard/result?org=national-university&pref=${OSAKA}`);
  const name = page.getByLabel(/この回答に名前を付けて保存/);
  const save = page.getByRole('button', { name: '保存', exact: true });
  await name.fill('X大学');
  await save.click();
  await expect(page.locator('.saved-message')).toHaveText('「X大学」として保存しました。');

  // An empty name: said in words, focus on the field, and the earlier message gone.
  await name.press('Enter');
  await expect(page.locator('#profile-name-problem')).toHaveText('保存する名前を入力してください。');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.saved-message')).toHaveText('');
  await screenshot(page, 'wizard-followup-empty-name');

  // The same name again: asked first; cancel keeps one profile, overwrite replaces it.
  await page.goto(`/#/wizard/result?org=university&pref=${OSAKA}`);
  await name.fill('X大学');
  await save.click();
  const ask = page.locator('.confirm-overwrite');
  await expect(ask).toContainText(
    '「X大学」という名前のプロファイルはすでにあります（国立大学法人（大阪府））',
  );
  await expect(ask.getByRole('button', { name: 'キャンセル' })).toBeFocused();
  await screenshot(page, 'wizard-followup-profile-exists');
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(name).toBeFocused();
  await save.click();
  await ask.getByRole('button', { name: '上書きして保存' }).click();
  await expect(page.locator('.saved-message')).toHaveText('「X大学」をこの回答で上書きしました。');
  await page.goto('/#/wizard');
  await expect(page.locator('.saved-profile')).toHaveCount(1);
  await expect(page.locator('.saved-profile')).toContainText('大学等研究機関（大阪府）');

  // "Save all as a list" twice: the second time asks, links the first list, and makes a copy only on request.
  await page.goto(`/#/wizard/result?org=university&pref=${OSAKA}`);
  const saveAll = page.getByRole('button', { name: '「申請できる」制度をまとめて新しいリストに保存' });
  await saveAll.click();
  await expect(page.getByRole('status').filter({ hasText: 'をリスト' })).toBeVisible();
  await saveAll.click();
  const again = page.locator('.save-results .confirm-overwrite');
  await expect(again).toContainText('はすでにあります');
  await expect(again.getByRole('button', { name: 'キャンセル' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.goto('/#/shortlists');
  await expect(page.locator('.shortlist-index > li')).toHaveCount(1);
  await page.goto(`/#/wizard/result?org=university&pref=${OSAKA}`);
  await saveAll.click();
  await again.getByRole('button', { name: 'もう1つ作る' }).click();
  await expect(page.getByRole('status').filter({ hasText: /の候補 .+（2）」に保存しました/ })).toBeVisible();
  await page.goto('/#/shortlists');
  await expect(page.locator('.shortlist-index > li')).toHaveCount(2);
});

test('Next with no type chosen moves focus to the choices, every time', async ({ guardedPage: page }) => {
  await page.goto('/#/wizard');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(page.getByRole('alert')).toHaveText('組織の種類を選んでください。');
  const first = page.locator('input[name=org]').first();
  await expect(first).toBeFocused();
  await screenshot(page, 'wizard-followup-org-focus');
  // Again after tabbing away: back to the choices.
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(first).toBeFocused();
  // A filter that hides every choice: focus goes to the filter itself.
  await tabTo(page, page.getByLabel(/種類を言葉で絞り込む/));
  await page.keyboard.type('存在しない種類');
  await pressOn(page, page.getByRole('button', { name: '次へ →' }), 'Enter');
  await expect(page.getByLabel(/種類を言葉で絞り込む/)).toBeFocused();
});

test('in English: the optional marker, plurals and lists read as English', async ({ guardedPage: page }) => {
  await page.goto('/#/wizard');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/#/wizard?org=national-university&step=themes');
  await expect(question(page)).toHaveText('Which themes interest you? (optional)');
  await page.goto(
    `/#/wizard/result?member=national-university:${encodeURIComponent('新潟県')}&member=sme:${encodeURIComponent('新潟県')}&member=city:&theme=health&theme=d3&open=1`,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  // The app's own words (program names are the documents' Japanese): no full-width brackets, no Japanese.
  const words = await page
    .locator(
      '.result-for, .group-counts, .calls-as-of, .hidden-count, .held-back, .reason, .relevance-heading, h2',
    )
    .allTextContents();
  for (const line of words) expect(line).not.toMatch(/[（）\u3040-\u30ff\u4e00-\u9fff]/);
  await expect(page.locator('.calls-as-of')).toContainText(
    'Call status is as of each document’s year (FY2022).',
  );
  await expect(page.locator('.answers')).toContainText('Health and medicine and ③');
  const biomass = page.locator('.result-card[data-program-id="biomass-local-production"]');
  await expect(biomass).toContainText(
    'Not the lead, but the “Small and medium-sized enterprises (SMEs)” and “Cities, towns and villages” members can apply',
  );
  await screenshot(page, 'wizard-followup-english');

  // One program is one program.
  await page.goto('/#/wizard/result?org=hospital');
  await expect(page.locator('#group-notEligible')).toHaveText('Not eligible (1)');
  await expect(page.locator('.group-notEligible > details > summary')).toHaveText('Show 1 program');
});

// QA: after さらに表示 the button went and focus fell to the page; the next Tab skipped the new cards.
test('さらに表示 by keyboard takes the focus to the first new card', async ({ guardedPage: page }) => {
  await page.goto(`/#/wizard/result?org=national-university&pref=${encodeURIComponent('新潟県')}`);
  const group = page.locator('section.group-check');
  const more = group.locator('button.more-results').first();
  await expect(more).toBeVisible();
  await expect(group.locator('.result-list[aria-busy="true"]')).toHaveCount(0);
  const before = await group.locator('.result-list').first().locator(':scope > .result-card').count();
  await more.focus();
  await page.keyboard.press('Enter');
  const firstNew = group.locator('.result-list').first().locator(':scope > .result-card').nth(before);
  await expect(firstNew.locator('h3 a')).toBeFocused();
  // The next Tab stays in that card (its own buttons), not past the new cards.
  await page.keyboard.press('Tab');
  await expect(firstNew.locator(':focus')).toHaveCount(1);
});

// QA: a printed result carried its save forms, 変更 links and さらに表示, its [1] [2] led to closed
// folds, and nothing said that programs behind さらに表示 or in closed folds were not on paper.
test('a printed result says what it holds, prints its sources open and none of the page’s controls', async ({
  guardedPage: page,
}) => {
  await page.goto(`/#/wizard/result?org=national-university&pref=${encodeURIComponent('新潟県')}`);
  const card = page.locator('.result-card').first();
  await expect(card).toBeVisible();
  const note = page.getByText('この印刷には画面に表示中の制度だけが入っています', { exact: false });
  await expect(note).toBeHidden();
  const firstSource = card.locator('details li').first();
  await expect(firstSource).toBeHidden();
  const controls = [
    page.getByRole('button', { name: '保存', exact: true }),
    page.getByRole('link', { name: '地域を変更' }),
    page.locator('button.more-results').first(),
  ];
  for (const control of controls) await expect(control).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  await expect(firstSource).toBeVisible();
  for (const control of controls) await expect(control).toBeHidden();
  await screenshot(page, 'wizard-result-print');
});

// QA: Back from a program opened after さらに表示 drew the first page only, without that card,
// and left the focus on the result's heading thousands of pixels above.
test('Back from a program opened after さらに表示 returns to its card, with the pages asked for', async ({
  guardedPage: page,
}) => {
  await page.goto(`/#/wizard/result?org=national-university&pref=${encodeURIComponent('新潟県')}`);
  const group = page.locator('section.group-check');
  const cards = group.locator('.result-list').first().locator(':scope > .result-card');
  const more = group.locator('button.more-results').first();
  await expect(more).toBeVisible();
  await expect(group.locator('.result-list[aria-busy="true"]')).toHaveCount(0);
  const before = await cards.count();
  await more.focus();
  await page.keyboard.press('Enter');
  const opened = cards.nth(before);
  const link = opened.locator('h3 a');
  await expect(link).toBeFocused();
  const id = await opened.getAttribute('data-program-id');
  const drawn = await cards.count();
  expect(drawn).toBeGreaterThan(before);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/programs/${id}`));

  await page.goBack();
  await expect(group.locator(`.result-card[data-program-id="${id}"] h3 a`)).toBeFocused();
  await expect(cards).toHaveCount(drawn);

  // Arriving afresh (not by Back) starts from the first page again.
  await page.getByRole('link', { name: '地域を変更' }).click();
  await page.getByRole('button', { name: 'この回答で結果に戻る →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeFocused();
  await expect(group.locator('.result-list[aria-busy="true"]')).toHaveCount(0);
  await expect(cards).toHaveCount(before);
});

// QA: Back to a card in a fold found the fold closed; Back to a community card left the focus on
// the heading; and an address edited by hand to other answers was taken for a return.
test('Back finds its fold open and its community card; other answers start afresh', async ({
  guardedPage: page,
}) => {
  const niigata = `/#/wizard/result?org=national-university&pref=${encodeURIComponent('新潟県')}`;
  await page.goto(niigata);
  const fold = page.locator('section.group-notEligible > details');
  await fold.locator('summary').click();
  const card = fold.locator('.result-card').first();
  const id = await card.getAttribute('data-program-id');
  await card.locator('h3 a').click();
  await expect(page).toHaveURL(new RegExp(`#/programs/${id}`));
  await page.goBack();
  await expect(fold).toHaveAttribute('open', '');
  await expect(fold.locator(`.result-card[data-program-id="${id}"] h3 a`)).toBeFocused();

  const community = page.locator('.card[data-community-id]').first();
  const communityId = await community.getAttribute('data-community-id');
  await community.locator('h3 a').click();
  await expect(page).toHaveURL(new RegExp(`#/communities/${communityId}`));
  await page.goBack();
  await expect(page.locator(`.card[data-community-id="${communityId}"] h3 a`)).toBeFocused();

  // The same entry given other answers by hand is a new result: folds closed, focus on the heading.
  await page.goto(`${niigata}&theme=health`);
  await expect(page.getByRole('heading', { level: 1, name: '診断結果' })).toBeFocused();
  await expect(page.locator('section.group-notEligible > details')).not.toHaveAttribute('open');
});
