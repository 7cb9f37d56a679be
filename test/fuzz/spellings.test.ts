// Fuzz of spelling variants (NFD, case, extra spaces, zero-width space, full-width digits) of clusters, codes and emails in Đơn vị, Chấm điểm and Phân quyền: roles and grouping never disagree, no unit is lost.
import fc from 'fast-check';
import { loadAddin } from '../../local/load-addin';
import { locateTables, readWorkbookTables } from '../../src/app/load-workbook';
import { completeGrants, readRoleEntries, resolveUser, scoreFormsFor } from '../../src/app/roles';
import { evaluateEmulation } from '../../src/domain/emulation';
import { tidyText } from '../../src/domain/text';
import { defaultSettings } from '../../src/workbook/settings';
import { runtimeWith, type SheetRows } from '../helpers/workbook';
import { runs } from './arbitraries';

/** Base cluster names; some differ only by a tone mark or a letter with a stroke, so they are different clusters. */
const CLUSTERS = ['Cụm Tân Hòa', 'Cụm Tân Hóa', 'Cụm Đông', 'Cụm Dong', 'Cụm 1', 'Cụm 10'];

/** One way an officer's keyboard or a paste may spell the same name. */
type Variant = (text: string) => string;
const VARIANTS: Record<string, Variant> = {
  asIs: (t) => t,
  nfd: (t) => t.normalize('NFD'),
  upper: (t) => t.toUpperCase(),
  lower: (t) => t.toLowerCase(),
  spaces: (t) => `  ${t.replace(/ /g, '   ')} `,
  zeroWidth: (t) => `${t.slice(0, 2)}\u200b${t.slice(2)}\ufeff`,
  fullWidthDigits: (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  nbsp: (t) => t.replace(/ /g, '\u00a0'),
};
const variant = fc.constantFrom(...Object.keys(VARIANTS)).map((name) => VARIANTS[name]);
/** Variants that keep a code or email a code or email (no inner spaces added). */
const tightVariant = fc.constantFrom('asIs', 'nfd', 'upper', 'lower', 'zeroWidth', 'fullWidthDigits').map((name) => VARIANTS[name]);

interface Plan {
  units: { code: string; cluster: number; spelled: string; codeInScores: string }[];
  leaders: { cluster: number; own: number; clusterSpelled: string; email: string; emailSpelled: string; scored: number; scorerSpelled: string }[];
  sheets: SheetRows;
}

const planArb = fc
  .record({
    clusters: fc.array(fc.integer({ min: 0, max: CLUSTERS.length - 1 }), { minLength: 2, maxLength: 14 }),
    spellings: fc.array(fc.tuple(variant, tightVariant), { minLength: 14, maxLength: 14 }),
    leaderSpellings: fc.array(fc.tuple(variant, tightVariant, tightVariant), { minLength: CLUSTERS.length, maxLength: CLUSTERS.length }),
    scores: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 14, maxLength: 14 }),
  })
  .map(({ clusters, spellings, leaderSpellings, scores }): Plan => {
    const units = clusters.map((cluster, i) => {
      const code = `Đv${i + 1}`;
      const [clusterVariant, codeVariant] = spellings[i];
      return { code, cluster, spelled: clusterVariant(CLUSTERS[cluster]), codeInScores: codeVariant(code) };
    });
    const present = [...new Set(clusters)];
    const leaders = present.map((cluster) => {
      const [clusterVariant, emailVariant, scorerVariant] = leaderSpellings[cluster];
      const own = units.findIndex((u) => u.cluster === cluster);
      const email = `truong.cum${cluster}@cd.vn`;
      // The leader's own Cụm trưởng row for another unit of the cluster, Người chấm spelled another way (Cấp trên still decides).
      const scored = units.findIndex((u, i) => u.cluster === cluster && i !== own);
      return {
        cluster,
        own,
        clusterSpelled: clusterVariant(CLUSTERS[cluster]),
        email,
        emailSpelled: emailVariant(email),
        scored,
        scorerSpelled: scorerVariant(email),
      };
    });
    const sheets: SheetRows = {
      'Đơn vị': [['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên'], ...units.map((u, i) => [u.code, `Trường ${i + 1}`, u.spelled, 10])],
      'Tiêu chí': [
        ['Mã tiêu chí', 'Điểm tối đa'],
        ['TC1', 100],
      ],
      'Chấm điểm': [
        ['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'TC1'],
        ...units.map((u, i) => ['2020', u.codeInScores, 'Cấp trên', 'x@ld.vn', scores[i]]),
        ...leaders.filter((l) => l.scored >= 0).map((l) => ['2020', units[l.scored].codeInScores, 'Cụm trưởng', l.scorerSpelled, 50]),
      ],
      'Phân quyền': [['Email', 'Vai trò', 'Cụm', 'Mã đơn vị'], ...leaders.map((l) => [l.emailSpelled, 'Cụm trưởng', l.clusterSpelled, units[l.own].code])],
    };
    return { units, leaders, sheets };
  });

/** The codes of the units of a base cluster: the leader's own (Tự chấm only) and the others. */
function expectedScorable(plan: Plan, cluster: number): string[] {
  return plan.units.filter((u) => u.cluster === cluster).map((u) => u.code);
}

describe('fuzz: spelling variants never split a cluster, lose a unit or give a leader another cluster', () => {
  test('pure layers: the readers, the grouping and the roles agree (300 workbooks)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const located = locateTables({ units: plan.sheets['Đơn vị'], rubric: plan.sheets['Tiêu chí'], scores: plan.sheets['Chấm điểm'] });
        const data = readWorkbookTables(located.tables, (d) => d.toISOString().slice(0, 10));
        const emulation = evaluateEmulation(data.units, data.criteria, data.scores, data.settings);
        // No unit lost, no cluster split: one summary cluster per base name present, holding exactly its units.
        expect(emulation.units).toBe(plan.units.length);
        const present = [...new Set(plan.units.map((u) => u.cluster))];
        expect(emulation.clusters).toHaveLength(present.length);
        for (const cluster of emulation.clusters) {
          const base = plan.units.find((u) => u.code === cluster.ranking[0].unit)?.cluster ?? -1;
          expect(cluster.name).toBe(tidyText(plan.units.find((u) => u.cluster === base)?.spelled ?? ''));
          expect(cluster.ranking.map((r) => r.unit).sort()).toEqual(
            plan.units
              .filter((u) => u.cluster === base)
              .map((u) => u.code)
              .sort(),
          );
        }
        // Every score row found its unit, whatever the spelling of its code.
        expect(emulation.classification.CXL).toBe(0);
        // Each leader may score exactly the units of the cluster the summary ranks: their own by Tự chấm only.
        const roles = readRoleEntries(plan.sheets['Phân quyền']);
        for (const leader of plan.leaders) {
          const user = completeGrants(
            resolveUser(leader.email, roles.entries, () => null),
            data.units,
          );
          const scorable = data.units.filter((unit) => scoreFormsFor(user, unit, defaultSettings()).length > 0).map((u) => u.code);
          const ranked = emulation.clusters.find((c) => c.ranking.some((r) => r.unit === plan.units[leader.own].code));
          expect(scorable.sort()).toEqual(ranked?.ranking.map((r) => r.unit).sort());
          expect(scorable.sort()).toEqual(expectedScorable(plan, leader.cluster).sort());
          const ownUnit = data.units.find((u) => u.code === plan.units[leader.own].code);
          expect(ownUnit && scoreFormsFor(user, ownUnit, defaultSettings())).toEqual(['self']);
        }
      }),
      runs(10_2020, 300),
    );
  });

  test('dist/Code.js: the sidebar a leader sees and the summary it ranks are the same units (30 workbooks)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const summary = loadAddin(runtimeWith(plan.sheets)).runYearlySummary('2020') as {
          units: number;
          clusters: { name: string; ranking: { unit: string }[] }[];
        };
        expect(summary.units).toBe(plan.units.length);
        expect(new Set(summary.clusters.flatMap((c) => c.ranking.map((r) => r.unit))).size).toBe(plan.units.length);
        const leader = plan.leaders[0];
        const addin = loadAddin(runtimeWith(plan.sheets, { activeUser: leader.email, owner: 'owner@cd.vn' }));
        const context = addin.sidebarContext() as { scorableClusters: { name: string; units: { code: string }[] }[] };
        const own = plan.units[leader.own].code;
        const ranked = summary.clusters.find((c) => c.ranking.some((r) => r.unit === own));
        const offered = context.scorableClusters.flatMap((c) => c.units.map((u) => u.code));
        expect(offered.sort()).toEqual(ranked?.ranking.map((r) => r.unit).sort());
        if (offered.length > 0) expect(context.scorableClusters.map((c) => c.name)).toEqual([ranked?.name]);
        // The leader's own earlier row is found whatever the spelling of Người chấm: the form opens on it.
        if (leader.scored >= 0) {
          const form = addin.sidebarScoreForm({ period: '2020', unit: plan.units[leader.scored].code }) as {
            mine: { form: string; scores: Record<string, number> } | null;
          };
          expect(form.mine?.form).toBe('leader');
          expect(form.mine?.scores.TC1).toBe(50);
        }
      }),
      runs(11_2020, 30),
    );
  });
});
