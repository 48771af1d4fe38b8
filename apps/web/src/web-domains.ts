import { auditDomain } from '@bridgeway/web-audit';
import { caseFileDomain } from '@bridgeway/web-case-file';
import { caseloadDomain } from '@bridgeway/web-caseload';
import { consortiumDomain } from '@bridgeway/web-consortium';
import { departmentsDomain } from '@bridgeway/web-departments';
import { helplineDomain } from '@bridgeway/web-helpline';
import { homeDomain } from '@bridgeway/web-home';
import { managerDomain } from '@bridgeway/web-manager';
import { materialSupportDomain } from '@bridgeway/web-material-support';
import { plansDomain } from '@bridgeway/web-plans';
import { privacyDomain } from '@bridgeway/web-privacy';
import { programmesDomain } from '@bridgeway/web-programmes';
import { residencesDomain } from '@bridgeway/web-residences';
import type { WebDomain } from '@bridgeway/web-shell';
import { accountSecurityDomain } from './account-security-domain';

/**
 * Every web domain library, in menu order: its routes, menu entry and texts come with it
 * (see WebDomain in libs/web/shell). Adding a domain is one line here.
 */
export const webDomains: readonly WebDomain[] = [
  homeDomain,
  caseloadDomain,
  managerDomain,
  residencesDomain,
  programmesDomain,
  helplineDomain,
  materialSupportDomain,
  caseFileDomain,
  auditDomain,
  departmentsDomain,
  consortiumDomain,
  plansDomain,
  privacyDomain,
  accountSecurityDomain,
];
