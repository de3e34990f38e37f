import { expect, test } from './fixtures';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('the map in English: community names romanised on the map and in every prefecture’s label', async ({
  guardedPage: page,
}) => {
  await page.addInitScript(() => localStorage.setItem('shien-navi.locale', 'en'));
  await page.goto('/#/communities/map');
  const map = page.getByRole('group', { name: 'Map of Japan (prefectures can be chosen)' });
  await expect(map.locator('.map-marker-label')).toHaveCount(6);
  expect((await map.locator('.map-marker-label').allTextContents()).sort()).toEqual(
    ['Fukuoka', 'Global', 'Hokkaido Prime', 'Nagaoka', 'Tokai', 'Tsuruoka'].sort(),
  );
  await expect(map.locator('[data-prefecture="北海道"]')).toHaveAttribute(
    'aria-label',
    'Hokkaido. Bio communities: Hokkaido Prime Bio Community',
  );
  const labels = await map
    .locator('.map-prefecture')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('aria-label') ?? ''));
  expect(labels.filter((label) => JAPANESE.test(label))).toEqual([]);
});

for (const locale of ['ja', 'en'] as const) {
  test(`every community name lies inside the map and above every marker (${locale})`, async ({
    guardedPage: page,
  }) => {
    await page.addInitScript((l) => localStorage.setItem('shien-navi.locale', l), locale);
    await page.goto('/#/communities/map');
    const svg = page.locator('svg.japan-map');
    await expect(svg.locator('.map-marker-label')).toHaveCount(6);
    const problems = await svg.evaluate((map: SVGSVGElement) => {
      const view = map.viewBox.baseVal;
      const found: string[] = [];
      const shapes = [...map.querySelectorAll('.map-marker circle, .map-marker path')];
      for (const label of map.querySelectorAll<SVGTextElement>('.map-marker-label')) {
        const box = label.getBBox();
        if (box.x < view.x || box.x + box.width > view.x + view.width)
          found.push(`${label.textContent} runs off the map`);
        // Drawn later is drawn on top: a marker after a label would cover it.
        if (shapes.some((shape) => label.compareDocumentPosition(shape) & Node.DOCUMENT_POSITION_FOLLOWING))
          found.push(`${label.textContent} is under a marker`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
}

test('the prefecture panel: its heading has no stray space, each contact shows once', async ({
  guardedPage: page,
}) => {
  await page.goto(`/#/communities/map?pref=${encodeURIComponent('山形県')}`);
  const panel = page.getByRole('region', { name: /山形県/ });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('山形県（東北）');
  await expect(panel.getByRole('link', { name: '0235-29-0534' })).toHaveCount(1);
  expect((await panel.textContent())!.split('0235-29-0534')).toHaveLength(2);
  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('region', { name: /Yamagata/ });
  await expect(english.getByRole('heading', { level: 2 })).toHaveText('Yamagata (Tohoku)');
  await expect(english).toContainText('鶴岡バイオコミュニティ (Tsuruoka Bio Community)');
});

test('stepping through the prefecture select with the arrow keys keeps focus on it, even after the map opened one', async ({
  guardedPage: page,
}) => {
  await page.goto('/#/communities/map');
  const hokkaido = page.locator('[data-prefecture="北海道"]');
  await hokkaido.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /北海道/ }).getByRole('heading', { level: 2 })).toBeFocused();
  const select = page.getByRole('combobox', { name: '都道府県を選ぶ' });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('region', { name: /青森県/ })).toBeVisible();
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('region', { name: /岩手県/ })).toBeVisible();
  await expect(select).toBeFocused();
  // The change is announced instead.
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: '岩手県を表示しています' }),
  ).toHaveCount(1);
});
