// The wire between the sidebar and src/index.ts: each function the sidebar calls is an export of the entry and a top-level
// function of dist/Code.js, taking what the sidebar sends and returning what it reads. The type checks run in `npm run typecheck`.
// biome-ignore-all lint/correctness/noUnusedVariables: the type aliases below are checks that tsc reads; no code uses them
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type * as entry from '../../src/index';
import type {
  LedgerFormData,
  SaveLedgerRequest,
  SaveResult,
  SaveScoreRequest,
  SaveVisitRequest,
  ScoreFormData,
  ScoreFormRequest,
  ServerApi,
  ServerApiOf,
  SidebarContext,
  SidebarRequests,
  VisitFormData,
} from '../../src/wire/api';

const root = path.resolve(__dirname, '../..');

// ——— Type-level: tsc fails on this file if the entry and the sidebar disagree. ———

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/** What the sidebar calls, pinned: a renamed export, another argument list or another result type fails here and in sidebar/. */
type PinnedWire = [
  Expect<Equal<ServerApi['sidebarContext'], () => SidebarContext>>,
  Expect<Equal<ServerApi['sidebarScoreForm'], (request: ScoreFormRequest) => ScoreFormData>>,
  Expect<Equal<ServerApi['sidebarSaveScore'], (request: SaveScoreRequest) => SaveResult>>,
  Expect<Equal<ServerApi['sidebarVisitForm'], (unit: string) => VisitFormData>>,
  Expect<Equal<ServerApi['sidebarSaveVisit'], (request: SaveVisitRequest) => SaveResult>>,
  Expect<Equal<ServerApi['sidebarLedgerForm'], () => LedgerFormData>>,
  Expect<Equal<ServerApi['sidebarSaveLedger'], (request: SaveLedgerRequest) => SaveResult>>,
  Expect<Equal<ServerApi['sidebarBuildSummary'], (period: string) => { message: string; sheet: string }>>,
];

type Entry = typeof entry;

/** The derivation catches each kind of drift on its own, not only through the pins above. */
type Renamed = Omit<Entry, 'sidebarSaveScore'> & { sidebarSaveCard: Entry['sidebarSaveScore'] };
// @ts-expect-error an export the sidebar calls was renamed: the entry no longer fits the sidebar
type RenamedApi = ServerApiOf<Renamed>;

type MoreArguments = Omit<Entry, 'sidebarVisitForm'> & { sidebarVisitForm(unit: unknown, period: unknown): VisitFormData };
// @ts-expect-error the entry wants an argument the sidebar does not send
type MoreArgumentsApi = ServerApiOf<MoreArguments>;

type FewerArguments = Omit<Entry, 'sidebarVisitForm'> & { sidebarVisitForm(): VisitFormData };
/** The entry ignores what the sidebar sends: every call of it becomes a type error (its arguments are `never`). */
type FewerArgumentsRefused = Expect<Equal<Parameters<ServerApiOf<FewerArguments>['sidebarVisitForm']>, never>>;

type OtherResult = Omit<Entry, 'sidebarSaveScore'> & { sidebarSaveScore(request: unknown): string };
/** The sidebar sees the entry's own result type, so code reading `.row` of a save stops compiling when it changes. */
type OtherResultSeen = Expect<Equal<ReturnType<ServerApiOf<OtherResult>['sidebarSaveScore']>, string>>;

// ——— Run time: the same names and arities in what ships and in what the sidebar's code calls. ———

/** How many arguments the sidebar sends to each function; the type makes this list exactly the keys and tuple lengths of SidebarRequests. */
const ARGUMENTS_SENT: { [K in keyof SidebarRequests]: SidebarRequests[K]['length'] } = {
  sidebarContext: 0,
  sidebarScoreForm: 1,
  sidebarSaveScore: 1,
  sidebarVisitForm: 1,
  sidebarSaveVisit: 1,
  sidebarLedgerForm: 0,
  sidebarSaveLedger: 1,
  sidebarBuildSummary: 1,
  sidebarPreviewPermissions: 0,
  sidebarApplyPermissions: 1,
  sidebarBuildReport: 1,
  sidebarBuildMinutes: 1,
};

test('every function the sidebar calls is a top-level function of dist/Code.js taking the arguments the sidebar sends', () => {
  const context = vm.createContext({});
  vm.runInContext(fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8'), context);
  for (const [name, count] of Object.entries(ARGUMENTS_SENT)) {
    expect({ name, type: typeof context[name] }).toEqual({ name, type: 'function' });
    expect({ name, parameters: (context[name] as (...args: unknown[]) => unknown).length }).toEqual({ name, parameters: count });
  }
});

test("the sidebar's code calls exactly the functions of the wire, through call() in sidebar/server.ts", () => {
  const sidebarDir = path.join(root, 'sidebar');
  const called = new Set<string>();
  for (const file of fs.readdirSync(sidebarDir).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(sidebarDir, file), 'utf8');
    for (const match of text.matchAll(/\bcall\(\s*'(\w+)'/g)) called.add(match[1]);
    // No other way to the server: google.script.run appears only in server.ts.
    if (file !== 'server.ts') expect({ file, usesRunDirectly: /script\??\.run/.test(text) }).toEqual({ file, usesRunDirectly: false });
  }
  expect([...called].sort()).toEqual(Object.keys(ARGUMENTS_SENT).sort());
});
