// size-limit fixture: `import * as fx from "accordo/fx"` with money.of, converting through a table.
import * as fx from "../../dist/fx.js";
import * as money from "../../dist/money.js";

export function toDollars(amount, rates, on) {
  const table = fx.table(rates.map((r) => fx.rate(r)));
  return fx.convert(money.of(amount, "CNY"), "USD", table, { on, rounding: "halfEven" });
}
