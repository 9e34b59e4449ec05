// size-limit fixture: the root import, using money and fx (a rate table, a conversion).
import { fx, money } from "../../dist/index.js";

export function toDollars(amount, rates, on) {
  const table = fx.table(rates.map((r) => fx.rate(r)));
  return fx.convert(money.add(money.of(amount, "CNY"), money.of("0", "CNY")), "USD", table, {
    on,
    rounding: "halfEven",
  });
}
