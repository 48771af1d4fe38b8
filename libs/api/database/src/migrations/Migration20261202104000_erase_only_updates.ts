import { Migration } from '@mikro-orm/migrations';

/**
 * Written by hand. Append-only tables (goal history, session revisions, the audit trail) must be
 * able to lose a person's data on erasure (art. 17) without their history becoming rewritable.
 * Their libraries grant the application role UPDATE on exactly the personal columns and attach
 * this function as a BEFORE UPDATE trigger, with the columns and their erased values as
 * arguments, in pairs: `'<column>', 'null'` (set to null), `'<column>', 'replace:<text>'` (a
 * non-null value replaced by that text), `'<column>', 'keys:<k1>,<k2>'` (a jsonb object with
 * those keys' values set to null; the other keys and the shape stay). Any other change — another
 * column, or a personal column set to anything but its erased value — is refused, for every role.
 * Setting a column to the value it already has is no change.
 */
export class Migration20261202104000_erase_only_updates extends Migration {
  override name = 'Migration20261202104000_erase_only_updates';

  override up(): void {
    this.addSql(`create function erase_only() returns trigger language plpgsql set search_path = public, pg_temp as $$
      declare
        before jsonb := to_jsonb(old);
        after jsonb := to_jsonb(new);
        i int := 0;
        col text;
        spec text;
        allowed jsonb;
      begin
        while i + 1 < tg_nargs loop
          col := tg_argv[i];
          spec := tg_argv[i + 1];
          i := i + 2;
          if after -> col is distinct from before -> col then
            allowed := case
              when spec = 'null' then 'null'::jsonb
              when spec like 'replace:%' then case when before -> col = 'null'::jsonb then 'null'::jsonb else to_jsonb(substr(spec, 9)) end
              when spec like 'keys:%' and jsonb_typeof(before -> col) = 'object' then
                (select coalesce(jsonb_object_agg(e.key, case when e.key = any(string_to_array(substr(spec, 6), ',')) then 'null'::jsonb else e.value end), '{}'::jsonb)
                   from jsonb_each(before -> col) e)
            end;
            if allowed is null or after -> col is distinct from allowed then
              raise exception '% is append-only: column % may only be erased', tg_table_name, col using errcode = '42501';
            end if;
          end if;
          before := before - col;
          after := after - col;
        end loop;
        if after is distinct from before then
          raise exception '% is append-only: an update may only erase its personal columns', tg_table_name using errcode = '42501';
        end if;
        return new;
      end $$;`);
  }

  override down(): void {
    this.addSql(`drop function erase_only();`);
  }
}
