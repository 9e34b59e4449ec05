// size-limit fixture: figures with growth (a reported figure, a growth rate, an implied prior value).
import * as figure from "../../dist/figure.js";
import * as growth from "../../dist/growth.js";

export function impliedPrevious(level, percent) {
  return growth.previous(figure.reported(level), growth.fromPercent(percent));
}
