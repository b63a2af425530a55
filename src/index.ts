// The npm entry: classes, helpers and types, without side effects. Call `defineAll()` or define what you use.
export { IrevElement, define, VERSION } from './core/base-element.js';
export { DataSourceController, collectionOf } from './core/data-source.js';
export type { DataHost, DataSourceOptions, LoadedPage, RawPage } from './core/data-source.js';
export { DataError, describeError } from './core/data-error.js';
export type { DataErrorKind } from './core/data-error.js';
export type { IrevErrorDetail, IrevEventMap, IrevLoadDetail } from './core/events.js';
export { clearDocumentCache, fetchDocument } from './core/fetch-document.js';
export { safeUrl } from './core/urls.js';
export { formatDateRange, formatDay, formatTime, parseEventDate, PARIS } from './core/dates.js';
export { upgradeMountPoints, upgradeMountPoint, widgetNames } from './core/mount-points.js';
export { currentLang, normalizeLang, resolveLang, useLang } from './core/localization.js';
export type { Lang } from './core/localization.js';
export * from './schemas/index.js';
export { IrevCitesList } from './components/cites-list/cites-list.js';
export type { CitesFilterDetail } from './components/cites-list/cites-list.js';
export { defineAll } from './define-all.js';
