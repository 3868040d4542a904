// Child process for the concurrency tests: appends `count` events through the real writer.
import { appendEvent } from '../../lib/events/writer.ts';
import { newEvent } from '../../lib/events/format.ts';

const [project, id, count, maxBytes, bigEvery] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  const big = Number(bigEvery) > 0 && i % Number(bigEvery) === 0;
  const event = newEvent('cost_update', `writer ${id} event ${i}`, {
    agent_id: `w${id}`,
    payload: { seq: i, blob: big ? 'b'.repeat(1024 * 1024) : 'small' },
  });
  appendEvent(project!, event, { maxBytes: Number(maxBytes) });
}
