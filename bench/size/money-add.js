// size-limit fixture: `import * as money from "accordo/money"`, using add only.
import * as money from "../../dist/money.js";

export const total = (a, b) => money.add(a, b);
