/**
 * Making a whole agreement: its pieces read from the input (see `parts.ts`), then the agreement
 * checked whole (unique ids, references, parent chains, chronology), frozen and branded.
 *
 * @module
 */
import { AGREEMENT_BRAND } from "../brand.js";
import { refuse } from "../errors.js";
import { refuseAt, site } from "../decimal.js";
import { compareDates } from "../period/calendar.js";
import { end, format, start } from "../period/period.js";
import { frozenValue, valuePrototype } from "../value.js";
import { citesKnown, closed, code, idList, idsOf, listOf, localizedName, period, readSource, text } from "../checks.js";
import type { Mutable } from "../checks.js";
import { cited, readMilestone } from "./embedded.js";
import { AGREEMENT_KEYS, readAgreementParty, readAmendment, readCommitment, readFacility } from "./parts.js";
import type { Agreement, AgreementInput, AgreementParty } from "./types.js";

/**
 * What every Agreement the library makes inherits: `JSON.stringify` writes AgreementSchema's JSON
 * (its capacity plans, milestones, money and periods write their own), `String()` gives
 * `"bda-xiaomi-2021 (Accordo di cooperazione)"`.
 */
const AGREEMENT = /* @__PURE__ */ valuePrototype<Agreement>(
  "Agreement",
  (a) => ({ ...a, ...(a.signed === undefined ? {} : { signed: format(a.signed) }) }),
  (a) => `${a.id} (${a.title})`,
);

/**
 * Makes an {@link Agreement} and checks it whole: ids unique within each list
 * (parties, commitments, facilities, milestones, amendments, sources); every
 * party, commitment, facility, parent and operator reference pointing to a
 * party or facility of the agreement; parent chains without cycles; every
 * `sourceIds` entry naming a listed source.
 *
 * Values that are already valid pieces (made by {@link party},
 * {@link commitment}, {@link source}) are accepted as inputs, so an agreement
 * can be assembled from them.
 *
 * Every period (`signed`, a commitment's `due`, an amendment's `date`, a source's `published`)
 * may be a `Period`, its string form, or a day given as a JS `Date` (its UTC day) or a
 * `Temporal.PlainDate`-like object.
 *
 * @param input - the agreement's fields; lists may be left out
 * @returns the agreement, frozen throughout
 * @throws {@link accordo!AccordoError} with `details.function` `"agreement.create"` and
 *   `details.path` naming the field (`input.parties[2].parent.share`): `INVALID_TYPE` for a value
 *   of the wrong type; `UNKNOWN_OPTION` for an unknown key, at any depth; `INVALID_INPUT` for an
 *   empty text, a malformed code, a duplicate id, a reference to a missing party, facility or
 *   source, a cycle of parents, an amendment dated before the signing; `OUT_OF_RANGE` for a share
 *   outside 0 to 1; `INVALID_NUMBER` for an unreadable number; `INVALID_VALUE` for a milestone or
 *   capacity plan not made by its namespace: one that is not frozen, or a frozen one that its
 *   namespace's reader (which reads it once, checks it at every depth and rebuilds it) refuses, at
 *   the field (a refused date or number keeps its code); `INVALID_PERIOD` for a malformed period or date
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#create}
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#dates}
 * @category Agreements
 * @since 0.1.0
 */
export function create(input: AgreementInput): Agreement {
  return build(input, "agreement.create: input");
}

/** Makes an agreement from `input`, naming `where` (`"agreement.amend: changes"`) in refusals. @internal */
export function build(input: unknown, where: string): Agreement {
  const value = closed(input, where, AGREEMENT_KEYS);
  const out: Mutable<Agreement> = {
    id: text(value["id"], `${where}.id`),
    title: text(value["title"], `${where}.title`),
    otherTitles: listOf(value, "otherTitles", where, localizedName),
    kind: code(value["kind"], `${where}.kind`),
    parties: listOf(value, "parties", where, readAgreementParty),
    commitments: listOf(value, "commitments", where, readCommitment),
    facilities: listOf(value, "facilities", where, readFacility),
    milestones: listOf(value, "milestones", where, readMilestone),
    amendments: listOf(value, "amendments", where, readAmendment),
    sources: listOf(value, "sources", where, readSource),
    sourceIds: idList(value["sourceIds"], `${where}.sourceIds`),
  };
  if (value["signed"] !== undefined) out.signed = period(value["signed"], `${where}.signed`);
  checkReferences(out, where);
  return frozenValue(AGREEMENT, out, AGREEMENT_BRAND);
}

function checkReferences(a: Agreement, where: string): void {
  const sourceIds = idsOf(a.sources, "source", `${where}.sources`);
  const partyIds = idsOf(a.parties, "party", `${where}.parties`);
  const facilityIds = idsOf(a.facilities, "facility", `${where}.facilities`);
  idsOf(a.commitments, "commitment", `${where}.commitments`);
  idsOf(a.milestones, "milestone", `${where}.milestones`);
  idsOf(a.amendments, "amendment", `${where}.amendments`);

  const needParty = (id: string, at: string): void => {
    if (!partyIds.has(id)) refuseAt("INVALID_INPUT", at, "the id of a party of the agreement", id);
  };

  citesKnown(a.sourceIds, sourceIds, `${where}.sourceIds`);
  a.otherTitles.forEach((n, i) => citesKnown(n.sourceIds, sourceIds, `${where}.otherTitles[${i}].sourceIds`));
  a.parties.forEach((p, i) => {
    const at = `${where}.parties[${i}]`;
    citesKnown(p.sourceIds, sourceIds, `${at}.sourceIds`);
    p.otherNames.forEach((n, j) => citesKnown(n.sourceIds, sourceIds, `${at}.otherNames[${j}].sourceIds`));
    if (p.parent !== undefined) {
      needParty(p.parent.partyId, `${at}.parent.partyId`);
      citesKnown(p.parent.sourceIds, sourceIds, `${at}.parent.sourceIds`);
    }
  });
  checkParentCycles(a.parties, where);
  a.commitments.forEach((c, i) => {
    const at = `${where}.commitments[${i}]`;
    needParty(c.partyId, `${at}.partyId`);
    if (c.facilityId !== undefined && !facilityIds.has(c.facilityId))
      refuseAt("INVALID_INPUT", `${at}.facilityId`, "the id of a facility of the agreement", c.facilityId);
    citesKnown(c.sourceIds, sourceIds, `${at}.sourceIds`);
  });
  a.facilities.forEach((f, i) => {
    const at = `${where}.facilities[${i}]`;
    if (f.operatorId !== undefined) needParty(f.operatorId, `${at}.operatorId`);
    citesKnown(f.sourceIds, sourceIds, `${at}.sourceIds`);
    f.capacity?.phases.forEach((p, j) =>
      p.history.forEach((h, k) => {
        citesKnown(cited(h.sourceId), sourceIds, `${at}.capacity.phases[${j}].history[${k}].sourceId`);
        h.accounts?.forEach((x, l) =>
          citesKnown(cited(x.sourceId), sourceIds, `${at}.capacity.phases[${j}].history[${k}].accounts[${l}].sourceId`),
        );
      }),
    );
  });
  a.milestones.forEach((m, i) => {
    const at = `${where}.milestones[${i}]`;
    m.targets.forEach((t, j) => citesKnown(cited(t.sourceId), sourceIds, `${at}.targets[${j}].sourceId`));
    if (m.achieved !== null) citesKnown(cited(m.achieved.sourceId), sourceIds, `${at}.achieved.sourceId`);
    m.achieved?.accounts?.forEach((x, j) =>
      citesKnown(cited(x.sourceId), sourceIds, `${at}.achieved.accounts[${j}].sourceId`),
    );
    m.reports.forEach((r, j) => citesKnown(cited(r.sourceId), sourceIds, `${at}.reports[${j}].sourceId`));
  });
  a.amendments.forEach((m, i) => citesKnown(m.sourceIds, sourceIds, `${where}.amendments[${i}].sourceIds`));
  checkChronology(a, where);
}

/**
 * Amendments come after the signing and after each other. Periods are coarse,
 * so only an order that is certainly wrong is refused: an amendment whose
 * period ends before the signing period (or the previous amendment's) starts.
 */
function checkChronology(a: Agreement, where: string): void {
  let previous = a.signed;
  let previousName = "the signing";
  a.amendments.forEach((m, i) => {
    if (previous !== undefined && compareDates(end(m.date), start(previous)) <= 0) {
      refuseAt(
        "INVALID_INPUT",
        `${where}.amendments[${i}].date`,
        `a period after ${previousName} (${format(previous)})`,
        format(m.date),
      );
    }
    previous = m.date;
    previousName = `amendment "${m.id}"`;
  });
}

function checkParentCycles(parties: readonly AgreementParty[], where: string): void {
  const parentOf = new Map<string, string>();
  for (const p of parties) if (p.parent !== undefined) parentOf.set(p.id, p.parent.partyId);
  const acyclic = new Set<string>();
  for (const start of parties) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = start.id;
    while (id !== undefined && !acyclic.has(id)) {
      if (onPath.has(id)) {
        const cycle = [...path.slice(path.indexOf(id)), id];
        refuse("INVALID_INPUT", {
          ...site(`${where}.parties`),
          expected: "parent links without a cycle",
          received: cycle.join(" -> "),
          cycle,
        });
      }
      onPath.add(id);
      path.push(id);
      id = parentOf.get(id);
    }
    for (const p of path) acyclic.add(p);
  }
}
