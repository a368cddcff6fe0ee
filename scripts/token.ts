/**
 * `npm run token -- --role ANALYST [--department 18 --department 29] [--subject alice] [--expires 8h]`
 * prints a development JWT for the gateway, signed with JWT_SECRET (the development default unless set).
 */
import { parseArgs } from 'node:util';
import { issueDevToken } from '../gateway/auth.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { isRole, ROLES } from '../subgraphs/common/viewer.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    department: { type: 'string', multiple: true, default: [] },
    subject: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
if (!isRole(values.role) || values.role === 'PUBLIC') {
  console.error(`usage: npm run token -- --role <${ROLES.filter((r) => r !== 'PUBLIC').join('|')}> [--department 18]…`);
  console.error('(no token at all is the PUBLIC viewer)');
  process.exit(2);
}
const config = loadGatewayConfig();
console.log(
  await issueDevToken(config.JWT_SECRET, config.JWT_AUDIENCE, {
    role: values.role,
    departments: values.department,
    subject: values.subject,
    expiresIn: values.expires,
  }),
);
