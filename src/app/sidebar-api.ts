// The sidebar's server functions (called through src/index.ts), gathered from their rooms: each resolves the user from Phân quyền, reads only the sheets and columns it needs, validates the request, writes under the lock with its Nhật ký line.
export { sidebarApplyPermissions, sidebarBuildMinutes, sidebarBuildReport, sidebarBuildSummary, sidebarPreviewPermissions } from './sidebar/admin-actions';
export { DEFAULT_CATEGORIES, sidebarContext, sidebarLedgerForm, sidebarScoreForm, sidebarVisitForm } from './sidebar/forms';
export { sidebarSaveLedger, sidebarSaveScore, sidebarSaveVisit } from './sidebar/saves';
export { READS, VIETNAM_TIME_ZONE } from './sidebar/session';
