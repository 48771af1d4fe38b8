export { PageLoader } from './page-loader';
export { usePageTitle } from './use-page-title';
