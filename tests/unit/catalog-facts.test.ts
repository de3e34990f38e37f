import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
const { catalog } = result;
const find = <T extends { id: string | number }>(list: T[], id: T['id']): T => {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};
const program = (id: string) => find(catalog.programs, id);
const community = (id: string) => find(catalog.communities, id);
const domain = (id: number) => find(catalog.marketDomains, id);
const framework = (id: string) => find(catalog.frameworks, id);

describe('000: the 輝くいのちのものづくり推進宣言 press release', () => {
  const declaration = framework('kagayaku-inochi-declaration');
  it('is a declaration scheme by 近畿経済産業局 for municipalities', () => {
    expect(declaration).toMatchObject({ kind: '宣言制度', owners: ['近畿経済産業局'] });
    expect(declaration.describes.label).toBe('令和8年2月19日');
    expect(declaration.eligibility).toEqual([
      expect.objectContaining({ applicant: 'municipality', basis: 'stated' }),
    ]);
  });
  it('names the first declaring municipality, the example actions and the contact', () => {
    expect(declaration.participants).toEqual(['奈良県田原本町（2月19日に宣言）']);
    expect(declaration.contents).toHaveLength(3);
    expect(declaration.contents[1]).toContain('バイオものづくり製品の公共調達');
    expect(declaration.contacts[0]).toMatchObject({ mail: 'bzl-kin-biomail@meti.go.jp', tel: null });
  });
});

describe('001: the CSTI bio-strategy deck', () => {
  it('has the four certified regional communities, one registered, and the global candidates', () => {
    const byStatus = (status: string) =>
      catalog.communities
        .filter((c) => c.status === status)
        .map((c) => c.id)
        .sort();
    expect(byStatus('認定')).toEqual(['fukuoka', 'hokkaido-prime', 'nagaoka', 'tsuruoka']);
    expect(byStatus('登録')).toEqual(['tokai']);
    expect(byStatus('候補')).toEqual(['global-bio-community']);
  });
  it('pins each community’s contact as printed', () => {
    expect(community('hokkaido-prime').contacts[0]).toMatchObject({
      tel: '011-706-9193',
      mail: 'sanrenkacho@research.hokudai.ac.jp',
    });
    expect(community('tsuruoka').contacts[0]).toMatchObject({
      tel: '0235-29-0534',
      mail: 'y-yuzawa@ttck.keio.ac.jp',
    });
    expect(community('nagaoka').contacts[0]).toMatchObject({
      tel: '0258-39-2402',
      mail: 'sangyou-seisaku@city.nagaoka.lg.jp',
    });
    expect(community('fukuoka').contacts[0]).toMatchObject({
      tel: '0942-37-6124',
      mail: 'fbv@krp.ktarn.or.jp',
    });
    expect(community('tokai').contacts[0]).toMatchObject({
      tel: '052-789-4168',
      mail: 'mk@agr.nagoya-u.ac.jp',
    });
  });
  it('pins target market domains, network institutions and prefectures', () => {
    expect(community('tsuruoka').marketDomains).toEqual([1, 5, 6, 7, 8]);
    expect(community('nagaoka').marketDomains).toEqual([3, 4, 7, 8]);
    expect(community('hokkaido-prime').marketDomains).toEqual([3, 9]);
    expect(community('fukuoka').networkInstitution).toBe(
      '福岡県バイオ産業拠点推進会議（事務局：㈱久留米リサーチ・パーク）',
    );
    expect(community('tokai').prefectures.map((p) => [p.name, p.basis])).toEqual([
      ['愛知県', 'stated'],
      ['岐阜県', 'stated'],
      ['三重県', 'stated'],
      ['静岡県', 'inferred'],
    ]);
    expect(community('tsuruoka').prefectures).toEqual([
      expect.objectContaining({ name: '山形県', basis: 'inferred' }),
    ]);
  });
  it('keeps both spellings where the documents disagree', () => {
    const quotes = community('fukuoka')
      .sources.map((s) => s.quote)
      .join('\n');
    expect(quotes).toContain('ボナック');
    expect(quotes).toContain('ポナック');
    expect(community('fukuoka').members).toContain('㈱ボナック');
  });
  it('pins KPIs', () => {
    expect(community('nagaoka').kpis).toContain('資源循環率（窒素循環率）の向上：57％ → 80％（2030年）');
    expect(community('hokkaido-prime').kpis).toContain('新規就農者数 770人／年（2025年）');
  });
  it('pins the nine market domains with lead ministries and market sizes', () => {
    expect(catalog.marketDomains.map((d) => d.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(domain(6).leadMinistry).toBe('健康・医療戦略室');
    expect(domain(9).leadMinistry).toBe('林野庁');
    expect(domain(3).leadMinistry).toBe('農林水産省');
    expect(domain(1).marketSize).toMatchObject({
      scope: [1, 2, 7],
      target: { amountYen: 41_400_000_000_000, year: 2030 },
    });
    expect(domain(5).marketSize).toMatchObject({
      target: { text: '33兆円', year: 2025 },
      current: { year: 2016 },
    });
    expect(domain(9).marketSize?.current).toEqual({
      text: '0.5兆円',
      amountYen: 500_000_000_000,
      year: 2018,
    });
  });
  it('pins the COI-NEXT bio-field call caps and the biofoundry project', () => {
    const call = program('coi-next-bio-field-call-r2');
    expect(call.instruments).toEqual(['委託']);
    expect(call.budgets.map((b) => b.amountYen)).toEqual([100_000_000, 400_000_000]);
    expect(call.related).toContain('coi-next');
    const foundry = program('bio-manufacturing-demonstration');
    expect(foundry.aliases).toContain('バイオ製造実証機関の整備');
    expect(foundry.budgets[0]).toMatchObject({
      amountYen: 3_000_000_000,
      partOf: true,
      previous: { amountYen: 2_300_000_000 },
    });
    expect(foundry.agency).toBeNull();
  });
  it('lists the measures linked to communities without inventing their details', () => {
    for (const id of [
      'biomass-industry-city',
      'startup-ecosystem-hub-cities',
      'smart-city',
      'regional-circular-ecosphere',
    ]) {
      expect(program(id)).toMatchObject({ status: { value: 'unknown' }, budgets: [], eligibility: [] });
    }
    expect(program('smart-city').ministries).toEqual([]);
    expect(program('biomass-industry-city').ministries).toEqual(['農林水産省']);
  });
  it('describes the certification scheme', () => {
    const scheme = framework('regional-bio-community-certification');
    expect(scheme.kind).toBe('認定制度');
    expect(scheme.contents).toContain('調整・連携機能等を担うネットワーク機関');
    expect(scheme.participants).toHaveLength(5);
    expect(scheme.eligibility).toEqual([]);
  });
});

describe('regions and team make-up the documents give', () => {
  it('ties the declaration to the Kinki bureau’s area, inferred from the bureau that runs it', () => {
    const [region] = framework('kagayaku-inochi-declaration').regions;
    expect(region).toMatchObject({ label: '近畿経済産業局管内', basis: 'inferred' });
    expect(region!.prefectures).toEqual([
      '福井県',
      '滋賀県',
      '京都府',
      '大阪府',
      '兵庫県',
      '奈良県',
      '和歌山県',
    ]);
    expect(region!.source.quote).toContain('近畿経済産業局は');
  });
  it('ties the bio-foundry hub to 関東圏 as stated, and the global community to 東京圏・関西圏', () => {
    expect(program('bio-manufacturing-demonstration').regions).toEqual([
      expect.objectContaining({ label: '関東圏', basis: 'stated' }),
    ]);
    const global = community('global-bio-community').prefectures;
    expect(global.map((p) => p.name)).toEqual(
      expect.arrayContaining(['東京都', '神奈川県', '千葉県', '埼玉県', '大阪府', '京都府', '兵庫県']),
    );
    expect(global.every((p) => p.basis === 'inferred')).toBe(true);
  });
  it('records the team make-up only where a document gives one, stated or inferred', () => {
    expect(program('regional-core-university-fusion-hub').consortium).toMatchObject({
      basis: 'stated',
      roles: [
        { label: '企業', applicants: ['company'] },
        { label: '大学等', applicants: ['university'] },
      ],
    });
    expect(program('industry-academia-fusion-hub-creation').consortium?.basis).toBe('stated');
    expect(program('coi-next').consortium?.basis).toBe('inferred');
    expect(framework('regional-bio-community-certification').consortium?.roles).toHaveLength(3);
    expect(program('prism-bio-community-survey').consortium).toBeNull();
  });
});

describe('003: the METI R&D pre-evaluation report (historical)', () => {
  const gene = program('artificial-gene-synthesis');
  it('pins budget, period, agency, instrument and status', () => {
    expect(gene.budgets[0]).toMatchObject({ amountYen: 1_300_000_000, fiscalYear: { year: 2012 } });
    expect(gene).toMatchObject({ agency: 'NEDO', instruments: ['委託'], period: 'H24-28（平成24〜28年度）' });
    expect(gene.status).toEqual({ value: 'historical', asOf: { label: '平成24年度', year: 2012 } });
  });
  it('records who carried out the 2011 project as inferred, never as who may apply', () => {
    expect(gene.eligibility.map((e) => [e.applicant, e.basis])).toEqual([
      ['private', 'inferred'],
      ['university', 'inferred'],
    ]);
    expect(gene.eligibilityNote).toContain('誰が応募できるかは記載がない');
    expect(gene.periodEnd).toMatchObject({
      fiscalYear: { year: 2016 },
      source: { quote: '（事業期間H24-28)' },
    });
    expect(gene.consortium).toMatchObject({ basis: 'inferred' });
  });
  it('keeps the contact exactly as printed, full-width digits included, and dials the normalised number', () => {
    expect(gene.contacts[0]).toMatchObject({
      printed: '製造産業局 生物化学産業課 03-3501-８６２5',
      tel: '03-3501-8625',
    });
  });
  it('pins the other 2011 projects', () => {
    expect(program('life-innovation-startup-challenge').eligibility).toEqual([
      expect.objectContaining({ applicant: 'university', basis: 'stated' }),
    ]);
    expect(program('medical-network-drug-discovery').aliases).toEqual([
      '医産ネットワーク化による次世代創薬基盤構築事業',
    ]);
    const historical = catalog.programs.filter((p) =>
      p.sources.every((s) => s.file === '003_99061f6eed4ffde6.txt'),
    );
    expect(historical.length).toBeGreaterThanOrEqual(9);
    expect(historical.every((p) => p.status.value === 'historical')).toBe(true);
  });
});

describe('004: the health/medical measures of the 令和7年度補正予算', () => {
  const r7 = catalog.programs.filter((p) => p.describes.label === '令和7年度補正予算');
  it('marks every amount as approximate (程度) and for FY2025', () => {
    const budgets = r7.flatMap((p) => p.budgets);
    expect(budgets.length).toBeGreaterThanOrEqual(9);
    expect(budgets.every((b) => b.approximate && b.fiscalYear.year === 2025)).toBe(true);
  });
  it('pins amounts and ministries from the legend', () => {
    expect(program('regenerative-cdmo-capex')).toMatchObject({
      ministries: ['経済産業省'],
      budgets: [{ amountYen: 29_300_000_000 }],
    });
    expect(program('generic-drug-manufacturing-fund')).toMatchObject({
      ministries: ['厚生労働省'],
      budgets: [{ amountYen: 168_800_000_000 }],
    });
    expect(program('rare-disease-global-rd')).toMatchObject({
      ministries: ['内閣府'],
      budgets: [{ amountYen: 21_000_000_000 }],
    });
    expect(program('health-medical-research-infrastructure')).toMatchObject({
      ministries: ['文部科学省', '厚生労働省'],
      budgets: [{ amountYen: 400_000_000, text: '4 億円程度' }],
    });
  });
  it('refuses to guess which of 41億円 and 481億円 belongs to which program', () => {
    for (const id of ['innovative-drug-practical-fund', 'clinical-trial-environment']) {
      expect(program(id).budgets).toEqual([expect.objectContaining({ amountYen: null })]);
      expect(program(id).notes.join()).toContain('判別できない');
    }
  });
  it('marks inferred applicants as inferred', () => {
    expect(program('regenerative-cdmo-capex').eligibility).toEqual([
      expect.objectContaining({ applicant: 'private', basis: 'inferred' }),
    ]);
  });
});

describe('catalog-wide rules', () => {
  const contacts = [...catalog.programs, ...catalog.communities, ...catalog.frameworks].flatMap(
    (r) => r.contacts,
  );

  it('every phone number and mail address appears in the text it was read from', () => {
    for (const c of contacts) {
      const printed = c.printed.normalize('NFKC');
      if (c.tel) expect(printed, c.printed).toContain(c.tel);
      if (c.mail) expect(printed, c.printed).toContain(c.mail);
      if (c.extension) expect(printed, c.printed).toContain(`内線${c.extension}`);
    }
    expect(contacts).toHaveLength(19);
  });

  it('ids are stable slugs and unique across a kind', () => {
    const ids = catalog.programs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('nothing before 2015 is presented as active', () => {
    for (const p of catalog.programs) {
      if (p.describes.year < 2015) expect(p.status.value, p.id).toBe('historical');
    }
  });

  it('a program with no stated owner, budget or applicants says so instead of guessing', () => {
    const silent = catalog.programs.filter((p) => p.eligibility.length === 0);
    expect(silent.length).toBeGreaterThan(10);
    for (const p of catalog.programs) {
      for (const e of p.eligibility) expect(['stated', 'inferred']).toContain(e.basis);
    }
  });

  it('every record of every kind carries sources', () => {
    for (const list of [catalog.programs, catalog.communities, catalog.marketDomains, catalog.frameworks]) {
      for (const record of list) expect(record.sources.length, String(record.id)).toBeGreaterThan(0);
    }
  });
});
