// After every e2e file has run: the shared server's whole output (JSON logs at `info`, one line per
// API request, plus Nest's own messages) must not hold any person's name, e-mail, phone number or
// note from its database. Read before the server stops, with the owner's credentials it keeps.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/** What of the people in the database would identify them if it reached a log. */
async function personalValues(dataDir) {
  const { ownerPassword } = JSON.parse(await readFile(path.join(dataDir, 'credentials.json'), 'utf8'));
  const port = Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[3]);
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'bridgeway_owner', password: ownerPassword, database: 'bridgeway' });
  await client.connect();
  try {
    const { rows } = await client.query(`
      select first_name || ' ' || last_name as v from resident
      union select last_name from resident where length(last_name) >= 6
      union select email from resident where email is not null
      union select phone from resident where phone is not null
      union select first_name || ' ' || last_name from relative
      union select email from relative where email is not null
      union select notes from counselling_session where length(notes) >= 20`);
    return rows.map((r) => r.v);
  } finally {
    await client.end();
  }
}

/** Throws (failing the e2e run) when the server's output holds any of them. */
export async function assertNoPersonalDataInLog(server) {
  const values = await personalValues(server.dataDir);
  const output = server.output();
  const leaked = values.filter((value) => output.includes(value));
  const requestLines = output.split('\n').filter((line) => line.includes('"msg":"request completed"')).length;
  console.log(`e2e server log: ${requestLines} request lines, ${output.length} characters, checked against ${values.length} names, contacts and notes: ${leaked.length} found`);
  // No request lines means the server did not log at info: the check would prove nothing.
  if (values.length < 50 || requestLines === 0) throw new Error(`the e2e log check saw too little to mean anything (${values.length} values, ${requestLines} request lines)`);
  if (leaked.length) throw new Error(`the e2e server's log contains personal data: ${leaked.slice(0, 5).join(' | ')}`);
}
