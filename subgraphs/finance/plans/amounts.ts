import { badInput } from '../../../platform/errors.js';
import type { MoneyInput } from '../../../platform/types.js';

/** "1,234.56 € (123456 cents)": an amount in euros and in cents, exactly (integer arithmetic). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${units}.${String(abs % 100).padStart(2, '0')} € (${cents} cents)`;
}

/** An amount sent by a client, in cents: euros only (the scalar already makes it a safe integer). */
export function centsOf(money: MoneyInput, field: string): number {
  if (money.currency !== 'EUR') throw badInput(`Amounts are in euros: ${field} cannot be in "${money.currency}".`, field);
  return money.cents;
}
