import { badInput } from '../../../platform/errors.js';
import type { SchoolKind } from '../schools/school.entity.js';
import { Eligibility, type Call, type CallCampaign } from './call.entity.js';
import { SubmissionChannel } from './submission-channel.js';

/** The campaign of a call whose window contains the date, or BAD_USER_INPUT listing the windows. */
export function campaignOpenOn(call: Call, campaigns: readonly CallCampaign[], date: string): CallCampaign {
  const open = campaigns.find((c) => c.opensOn <= date && date <= c.closesOn);
  if (open) return open;
  const windows = campaigns.map((c) => `${c.opensOn} → ${c.closesOn}`).join(', ') || 'none';
  throw badInput(`The call "${call.title}" is not open on ${date} (windows: ${windows}).`, 'submittedOn');
}

/** What eligibility needs to know of a school. */
export interface SchoolForEligibility {
  uai: string;
  kind: SchoolKind;
  departmentCode: string;
  priorityTerritoryCode: string | null;
}

/**
 * A school may answer a campaign when it belongs to the call's department, its kind is one the call
 * accepts, and — for campaigns limited to priority territories (Finistère until 2022-23) — its
 * commune lies in one of them.
 */
export function checkEligibility(call: Call, campaign: CallCampaign, school: SchoolForEligibility): void {
  const department = call.department.unwrap().code;
  if (school.departmentCode !== department) {
    throw badInput(`School ${school.uai} is not in department ${department}, which the call "${call.title}" serves.`, 'schools');
  }
  if (call.eligibleKinds.length && !call.eligibleKinds.includes(school.kind)) {
    throw badInput(`The call "${call.title}" is for ${call.eligibleKinds.join(', ')} schools; ${school.uai} is ${school.kind}.`, 'schools');
  }
  if (campaign.eligibility === Eligibility.PRIORITY_TERRITORIES && !school.priorityTerritoryCode) {
    throw badInput(`Campaign "${campaign.name}" accepts only schools of priority territories; ${school.uai} is not in one.`, 'schools');
  }
}

/**
 * A new window must open before it closes and must not overlap the call's other windows: a
 * submission date then names exactly one campaign.
 */
export function checkWindow(window: { opensOn: string; closesOn: string }, existing: readonly CallCampaign[]): void {
  if (window.opensOn > window.closesOn) throw badInput('A campaign cannot close before it opens.', 'closesOn');
  const clash = existing.find((c) => c.opensOn <= window.closesOn && window.opensOn <= c.closesOn);
  if (clash) throw badInput(`The window overlaps campaign "${clash.name}" (${clash.opensOn} → ${clash.closesOn}).`, 'opensOn');
}

/**
 * A submission link people can follow: a mailto: address for the EMAIL channel, an https address
 * for the online forms and procedures (never plain http, which would carry projects unencrypted).
 */
export function checkSubmissionUrl(channel: SubmissionChannel, url: string): void {
  const scheme = channel === SubmissionChannel.EMAIL ? 'mailto:' : 'https:';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badInput(`"${url}" is not an address.`, 'submissionUrl');
  }
  if (parsed.protocol !== scheme) throw badInput(`The ${channel} channel takes a ${scheme} address; "${url}" is not one.`, 'submissionUrl');
}
