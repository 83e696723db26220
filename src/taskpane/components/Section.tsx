import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: "0",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** One titled part of the pane; the h2 gives screen readers the pane's outline. */
export function Section(props: { id: string; title: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`} className={s.heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
