import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    margin: "0",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** One titled card: an action, the last run, what changed. The heading gives the pane its outline. */
export function Card(props: {
  id: string;
  title: string;
  level?: 2 | 3;
  testId?: string;
  children: ReactNode;
}) {
  const s = useStyles();
  const H = props.level === 3 ? "h3" : "h2";
  return (
    <section className={s.card} aria-labelledby={`${props.id}-h`} data-testid={props.testId}>
      <H id={`${props.id}-h`} className={s.heading}>
        {props.title}
      </H>
      {props.children}
    </section>
  );
}
