// Where a destination number or extension lands, answered from the org's numbers list read once,
// by the call-flow tracer's rule (src/callFlow/trace.ts): an E.164 number the org does not have is
// outside the org (PSTN), not a dead end; an unknown extension of 10 or more digits is a
// national-format outside number; a number of the org assigned to nobody, an unknown shorter
// extension, or something that is not a number at all are dead ends.
import { classifyDestination, FEATURE_OWNER_TYPES, NATIONAL_NUMBER_DIGITS } from '../callFlow/trace';
import type { Kind } from '../kinds/kind';
import { payloadText } from '../kinds/words';
import type { NumberEntry } from '../webex/routingTypes';

export type Resolution =
  /** Something of the org owns it; `feature` is set when the owner is a hunt group, call queue or auto attendant. */
  | { type: 'owner'; ownerType: string; ownerId: string; feature?: Kind; voicemail: boolean }
  | { type: 'external' }
  | { type: 'deadEnd'; reason: string };

export class NumberIndex {
  private readonly byPhoneNumber = new Map<string, NumberEntry>();
  /** `locationId \n extension`, and ` \n extension` for a lookup without a location. */
  private readonly byExtension = new Map<string, NumberEntry>();

  constructor(numbers: readonly NumberEntry[]) {
    // The first entry wins, as the tracer's lookup takes the first exact match.
    for (const entry of numbers) {
      const phoneNumber = payloadText(entry.phoneNumber);
      const extension = payloadText(entry.extension);
      if (phoneNumber !== undefined && !this.byPhoneNumber.has(phoneNumber)) this.byPhoneNumber.set(phoneNumber, entry);
      if (extension === undefined) continue;
      const locationId = payloadText(entry.location?.id);
      if (locationId !== undefined && !this.byExtension.has(`${locationId}\n${extension}`)) this.byExtension.set(`${locationId}\n${extension}`, entry);
      if (!this.byExtension.has(`\n${extension}`)) this.byExtension.set(`\n${extension}`, entry);
    }
  }

  /** Where `raw` (as set in a payload) goes when dialled from an item of `locationId`. */
  resolve(raw: string, locationId: string | undefined): Resolution {
    const query = classifyDestination(raw);
    if (query.type === 'invalid') return { type: 'deadEnd', reason: 'it is not a phone number or extension' };
    const entry = query.type === 'phoneNumber' ? this.byPhoneNumber.get(query.value) : this.byExtension.get(`${locationId ?? ''}\n${query.value}`);
    if (!entry) {
      if (query.type === 'phoneNumber' || query.value.length >= NATIONAL_NUMBER_DIGITS) return { type: 'external' };
      return { type: 'deadEnd', reason: `nothing in the organization has extension ${query.value}` };
    }
    const ownerId = payloadText(entry.owner?.id);
    const ownerType = payloadText(entry.owner?.type);
    if (ownerId === undefined || ownerType === undefined) return { type: 'deadEnd', reason: `${query.value} belongs to the organization but is not assigned to anyone` };
    const feature = Object.hasOwn(FEATURE_OWNER_TYPES, ownerType) ? FEATURE_OWNER_TYPES[ownerType] : undefined;
    return feature ? { type: 'owner', ownerType, ownerId, feature, voicemail: query.voicemail } : { type: 'owner', ownerType, ownerId, voicemail: query.voicemail };
  }
}
