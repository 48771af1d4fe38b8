#!/bin/sh
# Runs once when the compose file's PostgreSQL starts on an empty volume: the owner and the
# application role and the database, as infra/postgres/roles.sql describes, with passwords from
# the environment.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
  -v owner_password="$BRIDGEWAY_OWNER_PASSWORD" -v app_password="$BRIDGEWAY_APP_PASSWORD" \
  -f /bridgeway/roles.sql
