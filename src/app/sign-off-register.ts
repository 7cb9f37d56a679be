// The register of signed-off periods in the document's properties: a period stays closed to the sidebar when its "Chốt <kỳ>" tab is renamed or deleted by hand, until Quản trị reopens it.

/** One property per signed-off period: "congdoan.chot.2019-2020" = {"at": "…ISO…", "sheetId": 123456}. */
const PREFIX = 'congdoan.chot.';

export interface RegisteredSignOff {
  /** When it was signed off (or first found, for a sign-off made before the register), ISO. */
  at: string;
  /** The gid of its "Chốt <kỳ>" sheet, which a rename does not change. */
  sheetId: number | null;
}

/** The document's properties; null where there is no document (a standalone script), and then nothing is registered. */
function store(): GoogleAppsScript.Properties.Properties | null {
  return PropertiesService.getDocumentProperties();
}

export function registerSignOff(label: string, at: Date, sheetId: number): void {
  store()?.setProperty(PREFIX + label, JSON.stringify({ at: at.toISOString(), sheetId } satisfies RegisteredSignOff));
}

export function unregisterSignOff(label: string): void {
  store()?.deleteProperty(PREFIX + label);
}

function parseEntry(raw: string): RegisteredSignOff {
  try {
    const entry = JSON.parse(raw) as Partial<RegisteredSignOff>;
    return { at: String(entry.at ?? ''), sheetId: typeof entry.sheetId === 'number' ? entry.sheetId : null };
  } catch {
    // A value that does not read as an entry still says the period was signed off.
    return { at: raw, sheetId: null };
  }
}

/** The registered sign-offs by period label (one read of the properties). */
export function registeredSignOffs(): Map<string, RegisteredSignOff> {
  const all = store()?.getProperties() ?? {};
  return new Map(
    Object.entries(all)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([key, raw]) => [key.slice(PREFIX.length), parseEntry(raw)]),
  );
}
