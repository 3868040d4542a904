/**
 * /2l:2l-setup-db through the real Claude Code CLI (plugin mode), against a
 * real PostgreSQL cluster and the scripted Messages API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runClaude, tempDir } from '../util/claude.ts';
import { type FakeApi, startFakeApi } from '../util/fake-anthropic.ts';
import { PASSWORDS, type PgCluster, startCluster } from '../util/pg-cluster.ts';
import { readEvents as events } from '../util/events.ts';

let pg: PgCluster;
const e2e = suite('e2e: /2l:2l-setup-db in a real Claude Code session');
e2e.before(async () => {
  pg = await startCluster();
});

const bodies = (api: FakeApi) => api.requests.map((r) => JSON.stringify(r)).join('\n');

e2e('--check --url: the command’s report, with the real server version, reaches the model', async () => {
  const api = await startFakeApi([{ text: 'database ok' }]);
  try {
    const project = tempDir('e2e-db');
    // Quoted, because $ARGUMENTS is shell-parsed: unquoted, `&` would split the command.
    const url = `${pg.url('app')}?application_name=2l-e2e&connect_timeout=5`;
    const r = await runClaude(['-p', `/2l:2l-setup-db --check --url '${url}'`, '--plugin-dir', ROOT], {
      cwd: project,
      home: tempDir('e2e-home'),
      apiUrl: api.url,
    });
    assert.is(r.code, 0, r.stderr);
    assert.is(r.stdout.trim(), 'database ok');
    const sent = bodies(api);
    assert.ok(sent.includes(`2l setup-db: connected to PostgreSQL ${pg.version}`), sent.slice(0, 3000));
    assert.ok(
      sent.includes(
        `postgresql://app@127.0.0.1:${pg.port}/appdb?application_name=2l-e2e&connect_timeout=5 (from \`--url\`)`,
      ),
      sent.slice(0, 3000),
    );
    // The shell Claude Code ran for the `!` line held the password for the whole run: the user is told.
    assert.ok(
      sent.includes('note: the password was on the command line, where other processes can read it'),
      sent.slice(0, 3000),
    );
    assert.ok(fs.existsSync(path.join(project, '.2L', 'db.yaml')));
    assert.ok(
      events(project).some(
        (e) => e.event_type === 'db_check' && e.payload.outcome === 'ok' && e.payload.server_version === pg.version,
      ),
    );
  } finally {
    await api.close();
  }
});

e2e('a failure is reported too (the `!` line must not exit non-zero, or Claude Code drops the command)', async () => {
  const api = await startFakeApi([{ text: 'noted' }]);
  try {
    const project = tempDir('e2e-db');
    const r = await runClaude(['-p', '/2l:2l-setup-db --check', '--plugin-dir', ROOT], {
      cwd: project,
      home: tempDir('e2e-home'),
      apiUrl: api.url,
      env: { DATABASE_URL: pg.url('app', 'nodb') },
    });
    assert.is(r.code, 0, r.stderr);
    const sent = bodies(api);
    assert.ok(sent.includes('2l setup-db: database nodb does not exist (exit 6)'), sent.slice(0, 3000));
  } finally {
    await api.close();
  }
});

e2e(
  'DATABASE_URL + --allow-psql: no password reaches the model; then an agent runs the noted psql command without a prompt',
  async () => {
    const project = tempDir('e2e-db');
    const control = tempDir('e2e-db-control');
    const home = tempDir('e2e-home');
    // Claude Code applies a project's permission rules only once the project is trusted
    // (the trust dialog, interactive); -p skips the dialog, so trust both projects up front.
    fs.writeFileSync(
      path.join(home, '.claude.json'),
      JSON.stringify({
        projects: { [project]: { hasTrustDialogAccepted: true }, [control]: { hasTrustDialogAccepted: true } },
      }),
    );
    // The user's shell: DATABASE_URL for 2L, PGPASSWORD for psql (as the agent note says).
    const env = { DATABASE_URL: pg.url('app'), PGPASSWORD: PASSWORDS.app };
    const setup = await startFakeApi([{ text: 'set up' }]);
    let note = '';
    try {
      const r = await runClaude(['-p', '/2l:2l-setup-db --allow-psql', '--plugin-dir', ROOT], {
        cwd: project,
        home,
        apiUrl: setup.url,
        env,
      });
      assert.is(r.code, 0, r.stderr);
      const sent = bodies(setup);
      assert.ok(sent.includes('added \\"Bash(psql:*)\\" to .claude/settings.local.json'), sent.slice(0, 3000));
      for (const s of [PASSWORDS.app, encodeURIComponent(PASSWORDS.app)])
        assert.not.ok(sent.includes(s), 'password sent to the model');
      note = /For agents: reach the database with\\n {2}(psql [^\\]*)/.exec(sent)?.[1] ?? '';
      assert.is(note, `psql postgresql://app@127.0.0.1:${pg.port}/appdb -X -v ON_ERROR_STOP=1 -c '<SQL>'`);
    } finally {
      await setup.close();
    }

    const query = {
      tool: 'Bash',
      input: { command: note.replace("-c '<SQL>'", "-At -c 'select 40 + 2'"), description: 'query the database' },
    };
    const toolResult = async (cwd: string) => {
      const api = await startFakeApi([query, { text: 'done' }]);
      try {
        const r = await runClaude(['-p', 'what is the answer in the database?', '--plugin-dir', ROOT], {
          cwd,
          home,
          apiUrl: api.url,
          env,
        });
        assert.is(r.code, 0, r.stderr);
        const last = JSON.stringify(api.requests[api.requests.length - 1]?.messages ?? []);
        return /"type":"tool_result","content":"([^"]*)"/.exec(last)?.[1] ?? last;
      } finally {
        await api.close();
      }
    };
    assert.is(await toolResult(project), '42');
    assert.is(await toolResult(control), 'This command requires approval', 'without the rule the same call is refused');
  },
);

e2e.run();
