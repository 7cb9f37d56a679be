// The register of signed-off periods in the document's properties: a period stays closed to the sidebar when its "Chốt <kỳ>" tab is renamed or deleted by hand, until Quản trị reopens it.

/** One property per signed-off period: "congdoan.chot.2019-2020" = the time it was signed off (ISO). */
const PREFIX = 'congdoan.chot.';

/** The document's properties; null where there is no document (a standalone script), and then nothing is registered. */
function store(): GoogleAppsScript.Properties.Properties | null {
  return PropertiesService.getDocumentProperties();
}

export function registerSignOff(label: string, at: Date): void {
  store()?.setProperty(PREFIX + label, at.toISOString());
}

export function unregisterSignOff(label: string): void {
  store()?.deleteProperty(PREFIX + label);
}

/** The labels of the registered sign-offs (one read of the properties). */
export function registeredSignOffs(): Set<string> {
  const all = store()?.getProperties() ?? {};
  return new Set(
    Object.keys(all)
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => key.slice(PREFIX.length)),
  );
}
