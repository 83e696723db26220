/**
 * Excel turns a written string that starts with "=" into a formula, and "+", "-" or "@" at the
 * start can be read as one too. Cells that hold names or notes the add-in writes get the Text
 * number format "@" so that such a string stays the text the user typed.
 */
export const TEXT_FORMAT = "@";
