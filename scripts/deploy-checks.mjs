// What `npm run deploy` checks before pushing (the script id in .clasp.json, clasp's login) and how it says clasp's failures in Vietnamese.
// Reads only local files: the project's .clasp.json and clasp's own credentials file, where clasp 3 keeps them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PLACEHOLDER_SCRIPT_ID = 'THAY_BANG_SCRIPT_ID_CUA_BAN';
export const USER_SETTINGS_URL = 'https://script.google.com/home/usersettings';
const CREATE_SCRIPT = 'npx clasp create-script --type sheets --title "Công đoàn" --rootDir dist';
const BOUND_SCRIPT_ID = 'trong bảng tính chọn Tiện ích mở rộng › Apps Script › Cài đặt dự án, chép "Mã tập lệnh" (Script ID) vào .clasp.json';

/**
 * A file or a folder holding `name`, as clasp reads its -P/-A options and their environment variables
 * (clasp_config_project, clasp_config_auth).
 */
function fileOrFolder(given, name) {
  const resolved = path.resolve(given);
  return fs.existsSync(resolved) && fs.statSync(resolved).isDirectory() ? path.join(resolved, name) : resolved;
}

/** Where clasp looks for the project file: clasp_config_project, else .clasp.json in the repository. */
export function projectFile(root, env = process.env) {
  return env.clasp_config_project ? fileOrFolder(env.clasp_config_project, '.clasp.json') : path.join(root, '.clasp.json');
}

/** Where clasp 3 keeps its login (src/auth/auth.js): clasp_config_auth, else ~/.clasprc.json in the user's home folder. */
export function credentialsFile(env = process.env) {
  return env.clasp_config_auth ? fileOrFolder(env.clasp_config_auth, '.clasprc.json') : path.join(os.homedir(), '.clasprc.json');
}

function readJson(file) {
  try {
    return { ok: true, value: JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (error) {
    return { ok: false, missing: error.code === 'ENOENT', detail: error.message };
  }
}

/** The script id check: the file exists, parses, names a real-looking id (not the placeholder) and pushes dist/. */
export function checkProject(file) {
  const name = path.basename(file) === '.clasp.json' ? '.clasp.json' : file;
  const read = readJson(file);
  if (!read.ok && read.missing) {
    return {
      ok: false,
      what: `Chưa có tệp ${name} (nơi ghi mã dự án Apps Script để đẩy mã lên).`,
      next: `tạo dự án gắn với một bảng tính mới: ${CREATE_SCRIPT}; hoặc tạo ${name} với {"scriptId": "…", "rootDir": "dist"}, ${BOUND_SCRIPT_ID}.`,
    };
  }
  if (!read.ok || typeof read.value !== 'object' || read.value === null) {
    return {
      ok: false,
      what: `Tệp ${name} không đọc được (không phải JSON hợp lệ).`,
      next: `sửa ${name} thành {"scriptId": "…", "rootDir": "dist"}.`,
      detail: read.detail,
    };
  }
  const { scriptId, rootDir } = read.value;
  if (typeof scriptId !== 'string' || scriptId.trim() === '' || scriptId.includes(PLACEHOLDER_SCRIPT_ID)) {
    const now = typeof scriptId === 'string' && scriptId.trim() !== '' ? `vẫn là chỗ trống mẫu "${scriptId}"` : 'còn trống';
    return {
      ok: false,
      what: `Mã dự án Apps Script (scriptId) trong ${name} ${now}.`,
      next: `${BOUND_SCRIPT_ID}; hoặc xóa ${name} rồi chạy: ${CREATE_SCRIPT}`,
    };
  }
  if (!/^[A-Za-z0-9_-]{20,}$/.test(scriptId.trim())) {
    return {
      ok: false,
      what: `Mã dự án Apps Script (scriptId) trong ${name} không đúng dạng: "${scriptId}".`,
      next: `${BOUND_SCRIPT_ID} (một chuỗi dài gồm chữ, số, - và _).`,
    };
  }
  if (
    String(rootDir ?? '')
      .replace(/^\.\//, '')
      .replace(/\/$/, '') !== 'dist'
  ) {
    return {
      ok: false,
      what: `${name} phải có "rootDir": "dist" (thư mục mà npm run build tạo ra); hiện là ${JSON.stringify(rootDir ?? null)}.`,
      next: `sửa ${name} thành {"scriptId": "${scriptId}", "rootDir": "dist"}.`,
    };
  }
  return { ok: true, what: `Mã dự án Apps Script: ${scriptId} (${name}).` };
}

/** clasp 3 stores tokens.default; older clasp versions kept a top-level token or access_token, which clasp 3 still reads. */
function hasLogin(store) {
  const token = store?.tokens?.default;
  if (token && (token.refresh_token || token.access_token)) return true;
  return !!(store?.token?.access_token || store?.token?.refresh_token || store?.access_token);
}

/** The login check: clasp's credentials file holds a token for the default user. */
export function checkLogin(file) {
  const read = readJson(file);
  if (read.ok && hasLogin(read.value)) return { ok: true, what: `Đã đăng nhập Google cho clasp (${file}).` };
  const why = !read.ok && !read.missing ? `tệp ${file} không đọc được` : `không thấy thông tin đăng nhập trong ${file}`;
  return { ok: false, what: `Chưa đăng nhập Google cho clasp (${why}).`, next: 'npx clasp login (máy không có trình duyệt: npx clasp login --no-localhost).' };
}

/** clasp itself: installed by npm install (or the file CONG_DOAN_CLASP names). */
export function checkClasp(file) {
  if (fs.existsSync(file)) return { ok: true, what: `Có công cụ clasp (${file}).` };
  return { ok: false, what: `Chưa có công cụ clasp (không thấy ${file}).`, next: 'npm install (clasp nằm trong devDependencies).' };
}

/** The API check cannot be made without the network: clasp's push says it, and explainClaspFailure translates it. */
export const API_NOTE = `Apps Script API: chỉ biết khi đẩy mã; nếu chưa bật, lệnh triển khai sẽ nói cách bật (${USER_SETTINGS_URL}).`;

/** clasp's failures, most specific first: the Vietnamese sentence and the next step. */
const FAILURES = [
  [
    /has not enabled the Apps Script API|script\.google\.com\/home\/usersettings/i,
    'Apps Script API chưa được bật cho tài khoản Google này.',
    `mở ${USER_SETTINGS_URL}, bật "Google Apps Script API", đợi vài phút rồi chạy lại: npm run deploy`,
  ],
  [/No credentials found|NO_CREDENTIALS|not logged in/i, 'Chưa đăng nhập Google cho clasp.', 'chạy: npx clasp login, rồi chạy lại: npm run deploy'],
  [
    /invalid_grant|invalid_rapt|expired or revoked|insufficient authentication scopes/i,
    'Phiên đăng nhập clasp đã hết hạn, bị thu hồi hoặc thiếu quyền.',
    'chạy: npx clasp logout, rồi npx clasp login, rồi chạy lại: npm run deploy',
  ],
  [/Project settings not found|MISSING_SCRIPT_CONFIGURATION/i, 'clasp không tìm thấy tệp .clasp.json.', `chạy: ${CREATE_SCRIPT}`],
  [
    /Requested entity was not found|NOT_FOUND|\b404\b/i,
    'Không tìm thấy dự án Apps Script có mã ghi trong .clasp.json (sai mã, hoặc dự án đã bị xóa).',
    `${BOUND_SCRIPT_ID}, rồi chạy lại: npm run deploy`,
  ],
  [
    /does not have permission|PERMISSION_DENIED|NOT_AUTHORIZED|forbidden|\b403\b/i,
    'Tài khoản đang đăng nhập clasp không có quyền sửa dự án Apps Script này.',
    'đăng nhập bằng tài khoản là người sửa của bảng tính (npx clasp logout, rồi npx clasp login), hoặc nhờ chủ bảng tính chia sẻ quyền chỉnh sửa',
  ],
  [
    /ENOTFOUND|EAI_AGAIN|ECONNRESET|ECONNREFUSED|ETIMEDOUT|getaddrinfo|socket hang up|network/i,
    'Không kết nối được tới máy chủ Google.',
    'kiểm tra kết nối Internet (và proxy), rồi chạy lại: npm run deploy',
  ],
  [/Syntax ?error|SyntaxError/i, 'Apps Script không nhận mã vừa đẩy (lỗi cú pháp).', 'chạy: npm test, sửa lỗi, rồi chạy lại: npm run deploy'],
  [
    /manifest|appsscript\.json/i,
    'Apps Script không nhận tệp appsscript.json.',
    'so appsscript.json với hướng dẫn trong docs/deploy.md, rồi chạy lại: npm run deploy',
  ],
];

/** A failed clasp run said in Vietnamese, the next step, and clasp's own words after it for the maintainers. */
export function explainClaspFailure(output) {
  const text = String(output).trim();
  const [, what, next] = FAILURES.find(([pattern]) => pattern.test(text)) ?? [
    null,
    'clasp báo lỗi khi đẩy mã.',
    'chạy lại: npm run deploy; nếu vẫn lỗi, gửi phần chi tiết bên dưới cho người bảo trì',
  ];
  return `${what}\nLàm tiếp: ${next}.\nChi tiết từ clasp (cho người bảo trì): ${text || '(clasp không in gì)'}`;
}

/** A successful push said in Vietnamese, with clasp's line after it. */
export function explainClaspSuccess(output) {
  const text = String(output).trim();
  const pushed = /Pushed (\d+|one|no) files?/i.exec(text);
  const count = pushed ? ({ one: '1', no: '0' }[pushed[1].toLowerCase()] ?? pushed[1]) : null;
  const what = /already up to date/i.test(text)
    ? 'Mã trên Apps Script đã là bản mới nhất; không có gì thay đổi.'
    : `Đã đẩy ${count ?? 'các'} tệp lên Apps Script. Tải lại bảng tính: menu ở Tiện ích mở rộng › Công đoàn; chọn "Kiểm tra tiện ích" để kiểm tra tiện ích trên bảng tính thật.`;
  return `${what}\n(clasp: ${text || 'không in gì'})`;
}
