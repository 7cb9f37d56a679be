// Browser code of npm run preview's page: the user bar (pick a user of Phân quyền, the hidden email, or any other) above the sidebar's frame.
// Bundled for the page by local/preview-page.ts.

/** One person of Phân quyền, as the add-in reads them. */
export interface PreviewUser {
  email: string;
  role: string;
}

/** What the server puts in the page: the users of Phân quyền and the user to open when the address names none. */
export interface UserBarData {
  users: PreviewUser[];
  user: string;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Trang xem trước thiếu phần tử #${id}.`);
  return found as T;
}

/** Fills the user select, and opens the sidebar of the chosen user in the frame (the user is kept in the address as ?user=). */
export function startUserBar(data: UserBarData): void {
  const select = element<HTMLSelectElement>('user');
  const other = element<HTMLInputElement>('other');
  const frame = element<HTMLIFrameElement>('sidebar');
  const asked = new URLSearchParams(location.search).get('user');
  let current = asked ?? data.user;
  const listed = (email: string) => Array.from(select.options).some((o) => o.value === email);
  const option = (email: string, label: string) => {
    const o = document.createElement('option');
    o.value = email;
    o.textContent = label;
    select.appendChild(o);
  };
  for (const u of data.users) option(u.email, u.role ? `${u.email} (${u.role})` : u.email);
  option('', '(email bị ẩn: tài khoản miền khác)');
  if (!listed(current)) option(current, current);
  const show = (email: string) => {
    current = email;
    select.value = email;
    history.replaceState(null, '', `?user=${encodeURIComponent(email)}`);
    frame.src = `/sidebar?user=${encodeURIComponent(email)}`;
  };
  select.addEventListener('change', () => show(select.value));
  other.addEventListener('keydown', (event) => {
    const email = other.value.trim();
    if (event.key !== 'Enter' || !email) return;
    if (!listed(email)) option(email, email);
    other.value = '';
    show(email);
  });
  element('reload').addEventListener('click', (event) => {
    event.preventDefault();
    show(current);
  });
  show(current);
}
