-- Roles for a managed PostgreSQL (what `openDatabaseTarget` does for development).
-- Run once as an administrator; then point DATABASE_URL at the owner and
-- DATABASE_APP_URL at the application role.

-- Owns the schema and runs migrations and seeders. Not a superuser; BYPASSRLS for maintenance.
create role bridgeway_owner login password :'owner_password' nosuperuser bypassrls;

-- What the API connects as: no superuser, no BYPASSRLS, owns nothing. Its table grants
-- come from the migrations (e.g. audit_event: select and insert only).
create role bridgeway_app login password :'app_password' nosuperuser nobypassrls nocreatedb nocreaterole noinherit;

create database bridgeway owner bridgeway_owner;
grant connect on database bridgeway to bridgeway_app;
