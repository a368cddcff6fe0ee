/**
 * `npm run token -- --role ANALYST [--department 18 --department 29] [--subject alice] [--expires 8h]`
 * prints a development JWT for the gateway, signed with JWT_SECRET (the development default unless set).
 */
import { issueDevToken } from '../gateway/auth.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { ACADEMY_OF } from '../subgraphs/pedagogy/departments/department.facts.js';
import { isRole, ROLES } from '../platform/viewer.js';
import { configOrExit, parseCommand, usageError } from './cli.js';

const SIGNED_ROLES = ROLES.filter((r) => r !== 'PUBLIC');
const USAGE = `usage: npm run --silent token -- --role <${SIGNED_ROLES.join('|')}> [--department 18]… [--subject alice] [--expires 8h]
Prints a development token (and only it, so that T=$(npm run --silent token -- …) works).
No token at all is the PUBLIC viewer. Department roles need at least one --department.`;

const { values } = parseCommand(USAGE, {
  options: {
    role: { type: 'string' },
    department: { type: 'string', multiple: true, default: [] },
    subject: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
if (!isRole(values.role) || values.role === 'PUBLIC') usageError(`--role must be one of ${SIGNED_ROLES.join(', ')} (got "${values.role ?? ''}")`);
const departments = values.department.map((code) => code.trim().toUpperCase());
const unknown = departments.find((code) => !ACADEMY_OF.has(code));
if (unknown !== undefined) usageError(`--department "${unknown}" is not a department code such as 18, 29, 2A or 971`);
if (!departments.length && !['ANALYST', 'ADMIN'].includes(values.role))
  usageError(`--role ${values.role} acts for departments: give at least one --department`);
if (!/^\d+[smhd]$/.test(values.expires)) usageError(`--expires takes a duration such as 30m, 8h or 2d (got "${values.expires}")`);
const config = configOrExit(() => loadGatewayConfig());
console.log(
  await issueDevToken(config.JWT_SECRET, config.JWT_AUDIENCE, {
    role: values.role,
    departments,
    subject: values.subject,
    expiresIn: values.expires,
  }),
);
