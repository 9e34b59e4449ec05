/**
 * Amending an agreement: a new agreement with the changes applied and the
 * amendment recorded.
 *
 * @module
 */
import { refuseAt } from "../decimal.js";
import { own, readOptions } from "../errors.js";
import { build } from "./build.js";
import { AMENDABLE_FIELDS } from "./parts.js";
import type { Agreement, AgreementChanges, AmendableField, AmendmentInput } from "./types.js";
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
 * @param amendment - when (a day or coarser period; a day may be a JS `Date`, its UTC day, or a
 *   `Temporal.PlainDate`-like object), what changed, why, and its sources
 * @param changes - the fields to replace, each wholesale (lists included)
 * @returns the amended agreement, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (a part of it
 *   malformed included: `details.path` names it); `UNKNOWN_OPTION` for an unknown key of
 *   `amendment` or `changes`; `INVALID_INPUT` for a `changed` list given, a duplicate amendment
 *   id, a date before the signing or the previous amendment; anything {@link create} refuses
 *   (`details.path` starts with `agreement`, the amended agreement); `INVALID_PERIOD` for a
 *   malformed date
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#amend}
 * @category Amendments
 * @since 0.1.0
 */
export function amend(a: Agreement, amendment: AmendmentInput, changes: AgreementChanges = {}): Agreement {
  const fn = "agreement.amend";
  const base = checkAgreement(a, fn);
  const patch = readOptions(fn, "changes", changes, AMENDABLE_FIELDS);
  // A key given as undefined changes nothing (it does not erase the field).
  const changed: AmendableField[] = AMENDABLE_FIELDS.filter((f) => patch[f] !== undefined);
  const replaced: Record<string, unknown> = {};
  for (const f of changed) replaced[f] = patch[f];
  const given = own(record(amendment, `${fn}: amendment`) as { readonly changed?: unknown }, "changed");
  if (given !== undefined)
    refuseAt("INVALID_INPUT", `${fn}: amendment.changed`, "absent (it is computed from the changes)", given);
  const entry = readOptions(fn, "amendment", amendment, ["id", "date", "description", "rationale", "sourceIds"]);
  return build({ ...base, ...replaced, amendments: [...base.amendments, { ...entry, changed }] }, `${fn}: agreement`);
}
