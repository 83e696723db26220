import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: "0",
    padding: "0",
    border: "none",
    minWidth: "0",
  },
  legend: { padding: "0", fontWeight: tokens.fontWeightSemibold },
});

/** Fields that belong together under one legend (screen readers name the group with each field). */
export function FieldGroup(props: { legend: string; testId: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <fieldset className={s.root} data-testid={props.testId}>
      <legend className={s.legend}>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
