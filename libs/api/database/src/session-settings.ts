/** The per-transaction settings the API sets from the authenticated user (set_config(…, true)); the RLS policies read them. */
export const TENANT_SETTING = 'app.tenant_id';
export const USER_SETTING = 'app.user_id';
