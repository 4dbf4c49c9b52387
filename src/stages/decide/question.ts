// A question states nothing ("Q: Did the two sides discuss the AI Act?"): whoever its subject
// names, nobody explained, agreed or raised anything in it. Its words still give its topic.
import type { ClauseReading } from '../../lang/types.js';

export function askedClause(clause: ClauseReading): ClauseReading {
  return { ...clause, side: 'none', stance: 'other', basis: 'question', actorText: '' };
}
