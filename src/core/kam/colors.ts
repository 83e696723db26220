// Conditional-format colours: Excel's own "light red / yellow / green / blue fill with dark text" presets.
export const RED = { fill: "#FFC7CE", font: "#9C0006" };
export const AMBER = { fill: "#FFEB9C", font: "#9C5700" };
export const GREEN = { fill: "#C6EFCE", font: "#006100" };
export const BLUE = { fill: "#DDEBF7", font: "#1F4E78" };
/** Days ahead that count as "due soon". */
export const SOON_DAYS = 14;
/** Days after which a contact counts as stale. */
export const STALE_CONTACT_DAYS = 90;
