import { composeSchema, type ApiLibrary, type PersonalDataTable } from '@bridgeway/api-database';
import { TENANCY_LIBRARY } from '@bridgeway/api-tenancy';
import { ORGANISATIONS_LIBRARY } from '@bridgeway/api-organisations';
import { AUTH_LIBRARY } from '@bridgeway/api-auth';
import { AUDIT_LIBRARY } from '@bridgeway/api-audit';
import { RESIDENCES_LIBRARY } from '@bridgeway/api-residences';
import { RESIDENTS_LIBRARY } from '@bridgeway/api-residents';
import { STAYS_LIBRARY } from '@bridgeway/api-stays';
import { RELATIVES_LIBRARY } from '@bridgeway/api-relatives';
import { COUNSELLING_LIBRARY } from '@bridgeway/api-counselling';
import { GOALS_LIBRARY } from '@bridgeway/api-goals';
import { ASSESSMENTS_LIBRARY } from '@bridgeway/api-assessments';
import { PROGRAMMES_LIBRARY } from '@bridgeway/api-programmes';
import { HELPLINE_LIBRARY } from '@bridgeway/api-helpline';
import { MATERIAL_SUPPORT_LIBRARY } from '@bridgeway/api-material-support';
import { CONSORTIA_LIBRARY } from '@bridgeway/api-consortia';
import { PLANS_LIBRARY } from '@bridgeway/api-plans';
import { EXPORTS_LIBRARY } from '@bridgeway/api-exports';
import { PRIVACY_LIBRARY } from '@bridgeway/api-privacy';

/**
 * Every API library with a module, entities or tables, once. Adding a library to the API is
 * one line here: the app module, the ORM, the migrator, the demo data and the catalog test
 * all take it from this list.
 */
export const API_LIBRARIES: readonly ApiLibrary[] = [
  TENANCY_LIBRARY,
  ORGANISATIONS_LIBRARY,
  AUTH_LIBRARY,
  AUDIT_LIBRARY,
  RESIDENCES_LIBRARY,
  RESIDENTS_LIBRARY,
  STAYS_LIBRARY,
  RELATIVES_LIBRARY,
  COUNSELLING_LIBRARY,
  GOALS_LIBRARY,
  ASSESSMENTS_LIBRARY,
  PROGRAMMES_LIBRARY,
  HELPLINE_LIBRARY,
  MATERIAL_SUPPORT_LIBRARY,
  CONSORTIA_LIBRARY,
  PLANS_LIBRARY,
  EXPORTS_LIBRARY,
  PRIVACY_LIBRARY,
];

/** Entities, migrations (sorted by name) and declared app-role grants of every library. */
export const API_SCHEMA = composeSchema(API_LIBRARIES);

/** The Nest modules the app imports, in list order. */
export const API_MODULES = API_LIBRARIES.flatMap((library) => (library.module ? [library.module] : []));

/** Every library's declared personal-data tables (ApiLibrary.personalData), once each. */
export const PERSONAL_DATA_CATALOG: readonly PersonalDataTable[] = API_LIBRARIES.flatMap((library) => library.personalData ?? []);
