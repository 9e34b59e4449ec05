/**
 * Amending an agreement: a new agreement with the changes applied and the
 * amendment recorded.
 *
 * @module
 */
import { describe, fail } from "../errors.js";
import { AMENDABLE_FIELDS, create } from "./build.js";
import type { Agreement, AgreementChanges, AgreementInput, AmendableField, AmendmentInput } from "./types.js";
import { record } from "../checks.js";
import { checkAgreement } from "./check.js";

/**
 * Amends an agreement: returns a new agreement with the given fields replaced
 * and the amendment appended to `amendments`, its `changed` list naming the
 * fields replaced. The new agreement is checked whole, as by
 * {@link create}: the amendment's `sourceIds` must name sources of the
 * amended agreement (add a new source through `changes.sources`), its id must
 * be new, and its date must not lie wholly before the signing period or
 * before the previous amendment. The original agreement is unchanged.
 *
 * An amendment may change nothing (`changes` empty): it then records an
 * event (a renewal, a confirmation) without altering the terms.
 *
 * @param a - the agreement to amend
 * @param amendment - when (a day or coarser period), what changed, why, and its sources
 * @param changes - the fields to replace, each wholesale (lists included)
 * @returns the amended agreement, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `a` is not an agreement (a part of it malformed included: the message names its path), for an unknown field in
 *   `changes`, a duplicate amendment id, a date before the signing or the
 *   previous amendment, or anything {@link create} refuses; `INVALID_PERIOD`
 *   for a malformed date
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#amend}
 * @category Amendments
 * @since 0.1.0
 */
export function amend(a: Agreement, amendment: AmendmentInput, changes: AgreementChanges = {}): Agreement {
  record(a, "agreement");
  const base = checkAgreement(a);
  const patch = record(changes, "changes");
  for (const key of Object.keys(patch)) {
    if (!(AMENDABLE_FIELDS as readonly string[]).includes(key)) {
      fail("INVALID_INPUT", `changes.${key} is not a field an amendment can change (${AMENDABLE_FIELDS.join(", ")})`, {
        where: `changes.${key}`,
      });
    }
  }
  // A key given as undefined changes nothing (it does not erase the field).
  const changed: AmendableField[] = AMENDABLE_FIELDS.filter((f) => patch[f] !== undefined);
  const replaced: Record<string, unknown> = {};
  for (const f of changed) replaced[f] = patch[f];
  const entry = record(amendment, "amendment");
  if (entry["changed"] !== undefined) {
    fail("INVALID_INPUT", `amendment.changed is computed from the changes; got ${describe(entry["changed"])}`, {
      where: "amendment.changed",
    });
  }
  const input: AgreementInput = {
    ...base,
    ...(replaced as AgreementChanges),
    amendments: [...base.amendments, { ...amendment, changed }],
  };
  return create(input);
}
