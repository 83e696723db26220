import { makeStyles, tokens } from "@fluentui/react-components";

/** A list without bullets or indent, items stacked closely: picks, proposals, due items. */
export const usePlainList = makeStyles({
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});
